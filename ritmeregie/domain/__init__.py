"""The rhythm engine: pure Python, standard library only, every 'now' through a clock."""
