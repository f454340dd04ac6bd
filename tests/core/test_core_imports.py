"""The core works without the UI: importing all of it loads neither Textual nor Rich."""

from __future__ import annotations

import subprocess
import sys


def test_core_never_imports_the_ui() -> None:
    code = (
        "import pkgutil, sys, leadout_tui.core as core\n"
        "for info in pkgutil.iter_modules(core.__path__):\n"
        "    __import__(f'leadout_tui.core.{info.name}')\n"
        "import leadout_tui.cli\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
