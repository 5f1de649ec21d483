"""Execution engines: in-process (default) and local multiprocessing across cores."""
