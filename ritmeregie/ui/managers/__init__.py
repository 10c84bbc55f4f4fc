"""Several managers in the app: the request intake, the priority matrix, the conflict notice."""
