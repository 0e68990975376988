"""The common part of the window."""
