"""communique: who said what to whom in news articles."""

__version__ = "0.1.0"
