"""The help part of the window: Über Amtstagebuch (version, licences)."""
