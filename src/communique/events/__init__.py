"""The events room: PLOVER ontology, trigger lexicon, coder and modality."""

from communique.events.coder import code_events

__all__ = ["code_events"]
