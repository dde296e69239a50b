"""The Content-Security-Policy hashes of every inline script a page runs (issue 27).

`python deploy/script_hashes.py` prints them as the policy's script-src words: Streamlit's
own one-liner in its index.html and the app's scripts (core.web.ui.inline_scripts). Upgrading
Streamlit or changing a script changes a hash; tests/test_deploy.py compares this output with
the value in deploy/k8s/deployment.yaml, and serve_many.sh computes it at start.
"""
from __future__ import annotations

import base64
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)  # inline only: no src attribute


def inline_bodies() -> list[str]:
    import streamlit

    sys.path.insert(0, str(ROOT))
    from core.web.ui import inline_scripts

    index = (Path(streamlit.__file__).parent / "static" / "index.html").read_text()
    bodies = SCRIPT.findall(index)
    for script in inline_scripts():
        bodies += SCRIPT.findall(script)
    return list(dict.fromkeys(bodies))


def policy_words() -> str:
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'"
                    for b in inline_bodies())


if __name__ == "__main__":
    print(policy_words())
