"""The quotes room: direct, mixed, indirect and nested attribution."""

from communique.quotes.finder import Linker, find_quotes
from communique.quotes.marks import Region, find_regions

__all__ = ["Linker", "Region", "find_quotes", "find_regions"]
