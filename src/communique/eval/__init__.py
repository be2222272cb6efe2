"""Evaluation: scorers that compare communique's records with annotated corpora.

Nothing here is needed to extract quotations; it is imported only by the
``communique eval`` commands, the benchmarks and the tests.
"""
