"""Entry point of the frozen program (PyInstaller): the same as ``amtstagebuch``."""

from app.cli import entry

entry()
