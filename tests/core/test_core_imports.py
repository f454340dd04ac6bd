"""The core works without the UI, and no module of the package imports itself back.

The import-linter contracts in pyproject.toml (run by ``.ci/run``) say which package may import
which; these tests check what actually happens when the code runs and read every module.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import grimp

import leadout_tui
import leadout_tui.core

CORE = Path(leadout_tui.core.__file__).parent
FORBIDDEN = ("textual", "rich", "leadout_tui.ui", "leadout_tui.commands", "leadout_tui.cli",
             "leadout_tui.config", "leadout_tui.paths", "leadout_tui.demo")  # fmt: skip


def core_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(leadout_tui.core.__path__, "leadout_tui.core.")
    )


def test_every_core_module_imports_without_the_ui() -> None:
    modules = core_modules()
    assert "leadout_tui.core.names.matcher" in modules  # the walk reaches the subpackages
    code = (
        "import sys\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "def loaded(names):\n"
        "    present = {m.split('.')[0] for m in sys.modules} | set(sys.modules)\n"
        "    return sorted(n for n in names if n in present)\n"
        f"print(loaded({FORBIDDEN!r}))\n"
        "import leadout_tui.cli\n"
        "print(loaded(['textual', 'rich', 'leadout_tui.ui']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    # Nor does the CLI load the UI: it is imported only when the reader starts.
    assert result.stdout.split() == ["[]", "[]"]


def test_core_source_names_no_forbidden_module() -> None:
    # Also imports that only run later (inside functions) or only for type checking.
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
                if node.module == "leadout_tui":
                    names = [f"leadout_tui.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN), (
                    f"{path.relative_to(CORE)} imports {name}"
                )


def test_no_import_cycle_anywhere_in_the_package() -> None:
    graph = grimp.build_graph("leadout_tui")
    modules = sorted(graph.modules)
    edges = {m: graph.find_modules_directly_imported_by(m) for m in modules}
    # Packages import nothing (their __init__ is a docstring and __all__), so a module importing
    # its package's sibling is not a cycle through the package.
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module)
    assert not cycles, cycles[:3]
