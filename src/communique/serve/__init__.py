"""The explorer's web server: a JSON API over the store and the extractor.

``communique serve`` runs :func:`communique.serve.app.create_app` under
uvicorn. Modules: ``app`` (assembly), ``api`` (routes under ``/api``),
``guard`` (body limit, host/origin checks, security headers), ``errors`` (the
JSON error shape), ``extraction`` (the model on its own thread), ``store``
(a cursor per request), ``params`` (filters and paging), ``apidocs`` (``/docs``).
"""
