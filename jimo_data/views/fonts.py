"""Find a CJK font on this machine for images drawn server-side (word clouds).

The README set-up installs Debian's fonts-noto-cjk; nothing is downloaded at run time.
`JIMO_CJK_FONT` points at another font file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

_KNOWN = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


@lru_cache(maxsize=1)
def cjk_font_path() -> str | None:
    configured = os.environ.get("JIMO_CJK_FONT")
    if configured and Path(configured).is_file():
        return configured
    for path in _KNOWN:
        if Path(path).is_file():
            return path
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", "sans-serif:lang=zh-cn"], capture_output=True, text=True).stdout.strip()
        if found and Path(found).is_file() and ("CJK" in found.upper() or "WQY" in found.upper()):
            return found
    return None
