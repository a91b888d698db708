"""The core is usable from a notebook or a script: it never imports streamlit."""

from __future__ import annotations

import subprocess
import sys

CORE = ["jimo_data", "jimo_data.cli", "jimo_data.analysis", "jimo_data.filters", "jimo_data.corpus", "jimo_data.parse", "jimo_data.fonts"]


def test_core_modules_do_not_import_streamlit():
    code = f"import sys; import {', '.join(CORE)}; print('streamlit' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
