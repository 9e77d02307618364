"""Reply classification: what an employer's email is (an invitation, an offer, a rejection...), how sure we
are, the phrases that decided it, and the date it gives (issue 10, PLAYBOOK E-01..E-11, A-07, K4).

``model`` holds the input (``Reply``) and the answer (``Verdict``); ``headers`` reads what mail servers
and mail programs say about a message (RFC 3834, Exchange, delivery reports); ``cues`` holds our own
phrase tables per kind; ``dates`` reads dates against the day the reply was sent (K4); ``classify`` puts
them together. A room of the pure core: it imports only the standard library and the core's top modules,
never ``plan``, ``checks``, ``guard`` or ``compose`` (import-linter holds it).
"""
