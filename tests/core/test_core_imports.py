"""The core works without the UI: importing all of it (and the CLI) never loads Textual."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import leadout_tui.core

CORE = Path(leadout_tui.core.__file__).parent


def test_core_never_imports_textual() -> None:
    code = (
        "import pkgutil, sys, leadout_tui.core as core\n"
        "for info in pkgutil.iter_modules(core.__path__):\n"
        "    __import__(f'leadout_tui.core.{info.name}')\n"
        "import leadout_tui.cli\n"
        "print('textual' in {m.split('.')[0] for m in sys.modules})\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_core_modules_import_neither_textual_nor_rich() -> None:
    # (httpx itself loads rich for its own command line; our modules must not rely on it.)
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] in ("textual", "rich") for n in names), path.name
