"""Start Reseller Desk from a checkout: `python main.py` is the same as `desktop-app`."""

from desktop_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
