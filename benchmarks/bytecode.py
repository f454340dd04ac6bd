"""Make sure leadout-tui runs from compiled bytecode, as it does after ``pip install``.

pip compiles a package's modules when it installs it. An editable install in an environment
with ``PYTHONDONTWRITEBYTECODE`` set (this sandbox has it) never gets them compiled, and
every run would recompile the package from source: about 30 ms more for a refresh and 100 ms
more for starting the parsing workers, which is not what a user's install does.
"""

from __future__ import annotations

import compileall
import importlib.util
from pathlib import Path


def compile_leadout_tui() -> None:
    spec = importlib.util.find_spec("leadout_tui")
    if spec is None or spec.origin is None:
        raise SystemExit("leadout_tui is not installed in this Python (use the project's venv)")
    package = Path(spec.origin).parent
    compileall.compile_dir(package, quiet=1)
    print(f"bytecode: compiled {package} (as pip does on install)", flush=True)
