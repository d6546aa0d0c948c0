"""The grounded assistant: answers composed from catalog records, with their sources.

`Assistant.ask(question, language, conversation_id)` returns an `Answer` whose every fact is
copied from a record; see docs/adr/0006-assistant.md for the decisions and thresholds.
"""
