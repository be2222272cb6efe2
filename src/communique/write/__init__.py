"""Turning finished records into output: JSON Lines, terminal tables, the JSON Schema.

Writers only read :class:`communique.schema.Article` records; they never run
analysis, so the CLI, the web API and tests all format the same record the same
way.
"""

from communique.write.jsonl import json_schema, write_jsonl
from communique.write.table import render_table

__all__ = ["json_schema", "render_table", "write_jsonl"]
