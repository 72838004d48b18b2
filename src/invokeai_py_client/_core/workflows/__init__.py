"""GUI workflows, I/O-free: definitions, the server's node schemas, inputs, the conversion to
the graph the web UI sends, outputs, the library's requests and the handle's pure half."""
