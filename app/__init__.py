"""Amtstagebuch: the core of the program (vault, data model, services, command line).

Nothing in this package imports Qt; the window in ``ui/`` builds on it.
"""

__version__ = "0.1.0"
