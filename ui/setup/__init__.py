"""The setup part of the window."""
