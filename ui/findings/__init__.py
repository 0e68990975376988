"""The findings part of the window."""
