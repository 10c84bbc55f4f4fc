"""CalDAV sync (issue 20): accounts, the own agenda and must-do's two-way, the rhythm as busy
time, and other people's calendars as read-only layers. Qt-free; the network through `caldav`."""
