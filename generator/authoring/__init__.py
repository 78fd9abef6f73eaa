"""Authoring: the repository's own files, written from the models and the loaded data.

In: the models and a loaded Repository. scaffold writes commented nomination templates
(`honors new`; the 填报指南 and the online form show them too), schemas the JSON Schema of
every file kind (`honors schema`), closing a closed year's frozen registry (`honors close`).
Out: text for submissions/ and schema/.
"""
