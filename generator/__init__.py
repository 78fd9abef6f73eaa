"""陕西公共图书馆服务联盟 年度工作先进评选 — validator, site generator and office forms.

The packages are stages, lowest first; a module imports only from its own stage and the ones
below (import-linter's contracts in pyproject.toml, checked by tests/test_layers.py):

    core, models -> load -> assessment -> rules -> check, authoring -> forms, pullrequest -> site -> guard
    -> commands -> cli

load -> rules -> check is the pipeline (files -> records -> findings -> reports); forms, site
and pullrequest turn its result into the office's forms, the public site and the pull
request's checks.
"""

__version__ = "0.1.0"
