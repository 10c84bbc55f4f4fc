"""The app's own start-up, through its real entry point, with one READY marker added.

    python app_probe.py --data-dir DIR [--then quit|stay]

Runs `ritmeregie.cli.main` exactly as the `ritmeregie` command does; the only addition is a
zero-delay timer set right after RitmeregieApp.start() (which shows the tray icon). When it fires
the event loop is running and idle, and the probe prints READY (with "no-tray" when no tray host
was found) and quits (--then quit) or keeps running until killed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--then", choices=("quit", "stay"), default="quit")
    args, rest = parser.parse_known_args()

    # Patched on first import of ritmeregie.ui.app, so the import itself stays where the
    # real start-up puts it (after the CLI has parsed its arguments).
    import importlib.abc
    import importlib.machinery

    then = args.then

    def patch(module: ModuleType) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        shell: type[RitmeregieApp] = module.RitmeregieApp
        original = shell.start

        def start(self: RitmeregieApp) -> None:
            original(self)

            def ready() -> None:
                tray = self.tray
                shown = tray is not None and tray.icon.isVisible()
                ok = shown and QSystemTrayIcon.isSystemTrayAvailable()
                print("READY" if ok else "READY no-tray", flush=True)
                if then == "quit":
                    QApplication.exit(0)  # as the app's own Quit: a window cannot refuse it

            QTimer.singleShot(0, ready)

        shell.start = start  # type: ignore[method-assign]  # patching the method is the point

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(
            self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
        ) -> ModuleSpec | None:
            if name != "ritmeregie.ui.app":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            exec_module = loader.exec_module

            def exec_and_patch(module: ModuleType) -> None:
                exec_module(module)
                patch(module)

            loader.exec_module = exec_and_patch  # type: ignore[method-assign]  # as shell.start
            return spec

    sys.meta_path.insert(0, Finder())
    from ritmeregie.cli.main import main as ritmeregie_main

    return ritmeregie_main(["--data-dir", args.data_dir, *rest])


if __name__ == "__main__":
    sys.exit(main())
