"""Letters: a formal letter rendered as a PDF business letter (typst, no system libraries)."""
