"""The plan: from an application's records to dated, rule-cited steps (PLAYBOOK §1.2–§1.7, rules I, D, T, H,
A, E, L as steps).

Owns the business-day arithmetic, the decision date read from the employer's words, the facts every rule
reads (the interview anchor, touches, replies, outcomes), the steps of each phase (the interview day, the
status chase, answers to events), the planner that assembles them, the plan's values and the agenda rows
stored for the fast ``today``.

Imports the standard library and the core's top modules (model, settings, codes, playbook) only; nothing
here imports the guard, the checker or the composer. This file stays empty of imports so that
``followup today`` can read ``plan.agenda`` without loading the planner.
"""
