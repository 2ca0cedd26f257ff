// Pages whose only script is the language switch.
import { initLang } from "./ui.js";

initLang();
