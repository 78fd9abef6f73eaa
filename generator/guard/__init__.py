"""Guard: personal data stays unpublished, and the office's set-up is ready to publish.

In: a built site, the repository and the CI run's environment. privacy scans a built site
for the data's private values, repoguard refuses real data in a public repository,
deploytargets names the deploy workflow's targets and their variables, doctor lists what the
set-up still lacks.
Out: verdicts with a Chinese next step, and the exit codes CI acts on.
"""
