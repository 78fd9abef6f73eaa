"""The office's private data beside submissions/: private/<year>/objections.yaml.

Objections name the objector, so they live outside submissions/ (the public part) in a folder the
office keeps to itself (a private repository, or its own machine); the site never reads them and
`honors privacy` treats the objectors' names as private values.
"""

from __future__ import annotations

from pathlib import Path

from generator.core.findings import Result
from generator.load.records import Campaign
from generator.load.schemacheck import check_model
from generator.load.yamlload import LoadError, load_file
from generator.models.objections import Objections

PRIVATE = "private"
OBJECTIONS_FILE = "objections.yaml"


def objections_path(year: int) -> str:
    return f"{PRIVATE}/{year}/{OBJECTIONS_FILE}"


def load_objections(root: Path, campaign: Campaign, result: Result) -> None:
    """Attach the year's objections to the campaign when the office's file is there."""
    rel = objections_path(campaign.year)
    file = root / rel
    if not file.is_file():
        return
    try:
        doc = load_file(file, rel)
    except LoadError as error:
        result.add(error.finding)
        return
    instance, findings = check_model(doc, Objections)
    result.extend(findings)
    if instance is not None:
        campaign.objections, campaign.objections_doc, campaign.objections_path = instance, doc, rel
