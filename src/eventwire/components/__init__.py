"""Pipeline components, one small module per stage; see catalog.py for the registered names."""
