"""Qt-free use cases over domain and storage: what the tray, the windows and the command line share."""
