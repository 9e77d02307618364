"""The pure core: plain data in, plain data out; no clock, no files, no network ("now" is an argument).

At the top, what every part shares:

    model      the records (PLAYBOOK §1.11) as frozen values
    settings   every §3 setting: default, accepted values, parsing
    codes      states (§1.6), codes and severities (§1.8), findings
    errors     the one error tree, each error with its sentence and exit status
    codec      the lossless export/import format, strictly validated
    playbook   the 100 rules: ID, title, statement, sources
    drafts     Draft and DraftContext: the values the composer and the checker share
    phrases    the few text facts the planner and the guard read (next-steps question, status question)
    meanings   each code's meaning in one line of our own words, and the rules that raise it
    urgency    the one order of urgency of `today` and `list`

and four rooms, in this order (import-linter holds it: a room imports only rooms below it and the top):

    compose/   guard/      the composer; the guard
    plan/      checks/     the planner and its steps; the checker

Imports only the standard library and other core modules.
"""
