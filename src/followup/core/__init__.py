"""The pure core: records, settings, the playbook's rules, the planner and the guard.

Imports only the standard library and other core modules; no clock, no files, no network.
"""
