"""The diary part of the window."""
