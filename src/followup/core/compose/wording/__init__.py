"""Phrase banks of the composer: our own wording, as data (PLAYBOOK §2 C).

Each bank is a tuple of interchangeable sentences for one element of one kind of message (the opening
thanks of a thank-you, the talking-point sentence, the timeline question of a follow-up, ...). The
composer picks one variant per element with a stable hash, so notes to different people differ while
the same inputs always give the same draft. Fields in braces are filled by the composer:

    {role}      the position's title ("Marketing Analyst"), or "open" when none is recorded
    {company}   the company's name
    {when}      when the interview was, relative to the day the message goes ("today", "on Monday")
    {date}      the interview date written out ("Monday, March 2")
    {name}      the candidate's full name
    {tp}        one talking point of the recipient, as recorded (C-04)
    {fit}       the debrief's fit statement, as recorded (C-02)
    {emph}      what the interviewers stressed, as recorded (C-02)
    {sup}       an item to add from the debrief (C-03)
    {x}         new material for a later follow-up (C-18), or a debrief answer as ``shapes`` gives it
    {title}     the reader's job title with its article ("a Senior Analyst", "Director of Marketing")

Rules the wording keeps, whatever variant is picked: every thank-you sentence bank carries the words the
checker looks for (C-01: thanks, interest, a forward-looking close); no sentence pressures (C-20),
promises an outcome (A-11), raises pay or benefits (C-05) or announces more follow-ups in a final note
(C-19). ``tests/core/compose/test_composer.py`` holds every bank to these, and to never echoing the articles.

    common       subjects, closings, final-note and hook sentences shared by several messages
    thanks       TY (by interview format), TA, TY-FWD, LI, FL
    debrief      talking points and debrief answers, one bank per field and shape (``shapes``)
    follow_up    F1, F2, F3, SCHED, the CALL and VOICEMAIL scripts
    replies      RSP, RJ, FB, EXC-OFFER, EXC-NEWS
"""

from __future__ import annotations

Bank = tuple[str, ...]
