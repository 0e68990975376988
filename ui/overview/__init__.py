"""The overview part of the window."""
