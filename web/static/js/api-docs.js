// The interactive API page: Swagger UI (a deferred classic script before this module) on our
// OpenAPI document. No validator badge: it would call validator.swagger.io.
import { initLang } from "./ui.js";

initLang();
const box = document.getElementById("swagger-ui");
window.SwaggerUIBundle({
  url: box.dataset.spec,
  domNode: box,
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: true,
});
