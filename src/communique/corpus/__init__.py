"""Corpora: many articles into the event store, locally or on a Dask cluster.

:mod:`communique.corpus.work` is the per-article function both runners share,
so a local ingest and a cluster run produce the same rows.
"""
