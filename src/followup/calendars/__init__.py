"""Calendars and cards: .ics export and import, vCards."""
