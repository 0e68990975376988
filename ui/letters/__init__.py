"""The letters part of the window."""
