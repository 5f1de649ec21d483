"""Store tests; a package so other test folders can import the shared sample records (store.samples)."""
