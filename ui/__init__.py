"""The PySide6 window of Amtstagebuch. Builds on ``app``; ``app`` never imports this."""
