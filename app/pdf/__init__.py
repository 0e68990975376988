"""PDF documents the program prints: the recovery sheet now, the letters later."""
