"""Reading YAML data: the bundled tables and users' settings files.

PyYAML's ``safe_load`` parses in pure Python; its C parser (libyaml, shipped in PyYAML's
wheels) builds the same objects about fifteen times faster. The bundled YAML tables
(event grammar, physical evidence, titles, PLOVER types) are read at start-up, where
the pure-Python parser cost a fifth of a second of every process's first record.
"""

from __future__ import annotations

from typing import Any

import yaml

#: The safe loader in C when PyYAML was built with libyaml, else the pure-Python one.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``: only plain data (no Python objects), parsed in C when possible."""
    return yaml.load(text, Loader=SAFE_LOADER)
