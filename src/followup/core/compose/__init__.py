"""The composer: one draft for every message action of the plan, in our own words (PLAYBOOK §2 C).

Owns a message's situation gathered from the records and the plan (``context``: recipients, duties such
as C-05 and C-19, the round's note to the main contact (K13), earlier messages, new material, call
slots), whose material each note of a round is built from (``material``), how a debrief answer becomes
a sentence (``shapes``, with ``preview`` for the debrief to show), the ``Writer`` that picks wording,
one builder module per family of messages (thanks, status, replies) and ``wording/``, our phrase banks.

Imports the plan (to know which step a message fulfils) and the core's top modules; never the guard or
the checker (a draft is checked by whoever asked for it).
"""
