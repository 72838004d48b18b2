"""What the client knows about models (configs, install jobs, types): I/O-free."""
