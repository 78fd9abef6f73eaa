"""Pull-request checks: what a change did, who made it and when, and what CI says about it.

In: a git range (base...head) and the CI run's event (cievent, arrival: the server's time,
never a commit date), the registry and the checked Result. gitchanges reads the change,
owners decides who may change which file (D004, and CODEOWNERS), deadline applies D003,
prcheck runs both on a change.
Out: D003/D004 findings, the job summary (ghsummary) and the pull request's comment
(prcomment, with untrusted text made inert by mdsafe).
"""
