"""Headless commands, one module per command group; `main` parses and dispatches."""

from desktop_app.cli.main import main

__all__ = ["main"]
