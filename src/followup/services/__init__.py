"""Use cases shared by the CLI and (later) the web app: each is one transaction over a ``Workspace``.

Modules by what they own: ``workspace`` (store, owner, transaction, replanning), ``profile`` (the
candidate and settings), ``interviews`` (applications, interviews, timeline, debrief), ``people``,
``events`` (logging what happened, through the guard), ``plans`` (plans, agenda, checks, lists),
``transfer`` (export and import), ``corrections`` (editing and removing rounds and events), ``merge``
(one person recorded twice), ``applications`` (archive, unarchive, remove), ``plausible`` (facts that
cannot have happened), ``journal`` (what each change was, and undoing it).
"""
