"""Reseller Desk: the desktop tool of a Korean groupware reseller's staff."""

__version__ = "0.1.0"
APP_NAME = "Reseller Desk"
APP_ID = "reseller-desk"
