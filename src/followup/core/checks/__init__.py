"""The checker: every text rule of PLAYBOOK §2 category C (and A-11) on any message text, one registry.

Owns the anatomy of a message (greeting, body, closing, signature), the vocabulary the rules are written
with (``base``), and one module per family of rules: form (C-06–C-10), proof (C-11), content (C-01–C-05,
C-12–C-14, C-20, C-28, A-11), follow-ups (C-15–C-22, C-25), occasions (C-23, C-24, C-26, C-27) and
similarity (C-04, C-16). ``checker`` gathers them into ``RULES`` and applies them.

Imports the standard library and the core's top modules (model, codes, drafts, phrases) only: a text is
checked without the planner, so the same rules serve a composed draft and a file the user wrote.
"""
