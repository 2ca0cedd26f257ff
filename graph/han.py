"""The one definition of a Chinese (Han) character, for every module that tells Chinese text apart.

The class covers CJK Unified Ideographs Extension A (U+3400–U+4DBF), the Unified Ideographs
(U+4E00–U+9FFF) and the Compatibility Ideographs (U+F900–U+FAFF). Embed ``HAN_CHARS`` in a
character class to build other patterns; ``HAN`` matches one character, ``HAN_RUN`` a run.
"""

import re

HAN_CHARS = "\u3400-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CHARS}]")
HAN_RUN = re.compile(f"[{HAN_CHARS}]+")
