"""Check: a loaded Repository -> the scheme's rules (generator/rules/) -> one Result -> reports.

In: the repository root. validate loads it (generator/load/) and runs the rules; report
prints the Result as text, JSON, GitHub annotations or GitLab Code Quality.
Out: (Repository, Result), the verdict decided once from every finding; codes names every
finding code and rulebook explains each one for the rules page.
"""
