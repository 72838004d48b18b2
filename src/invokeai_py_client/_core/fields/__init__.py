"""The typed fields of workflow inputs (published as ``invokeai_py_client.ivk_fields``): values
checked on assignment against the server's schema, I/O-free."""
