"""The command line: `ritmeregie COMMAND` on the services, with no Qt unless it launches the app."""
