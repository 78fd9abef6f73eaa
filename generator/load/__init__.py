"""Load: the files under submissions/ -> typed records, and every problem met on the way.

In: the repository root. textdecode turns a file's bytes into text, yamlload (with
valuestart and comments) into YAML data with positions, schemacheck (worded by typewords)
into the models of generator/models/; campaign walks the folders.
Out: a records.Repository (registry, campaigns, nominations) and F/S findings in a
core.findings.Result. Nothing here raises for bad input.
"""
