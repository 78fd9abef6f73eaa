"""Fixtures of the guard tests: those of the pull-request tests (no CI variables from the
machine, a private git identity, `honors` in-process), the stage below this one."""

from pullrequest import fixtures

# A fixture applies to a folder by being a name in its conftest.
no_ci_variables = fixtures.no_ci_variables
git_identity = fixtures.git_identity
honors = fixtures.honors
