"""ritmeregie — a calm rhythm for management assistants, from the system tray."""

__version__ = "0.1.0"
