"""What every stage shares; imports nothing else of the package.

The one error users see (errors), a finding and the result that collects them (findings),
the repository root (workspace), an output folder replaced in one step (atomic), and how the
字数 of a text is counted (textlength).
"""
