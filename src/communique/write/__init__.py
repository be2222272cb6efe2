"""Turning finished records into output: JSON Lines, PLOVER, CAMEO TSV, terminal tables.

Writers only read :class:`communique.schema.Article` records; they never run
analysis, so the CLI, the web API and tests all format the same record the same
way. Event writers take an optional modality filter; :func:`filter_events`
applies the same filter to whole records.
"""

from communique.write.cameo_tsv import write_cameo_tsv
from communique.write.events import MODALITIES, filter_events, parse_modalities
from communique.write.jsonl import json_schema, write_events_jsonl, write_jsonl
from communique.write.plover import plover_record, write_plover
from communique.write.table import render_table, table_console

__all__ = [
    "MODALITIES",
    "filter_events",
    "json_schema",
    "parse_modalities",
    "plover_record",
    "render_table",
    "table_console",
    "write_cameo_tsv",
    "write_events_jsonl",
    "write_jsonl",
    "write_plover",
]
