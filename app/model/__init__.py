"""The diary's data model (SQLAlchemy 2, typed)."""

from app.model.entities import (
    Attachment,
    Base,
    Contact,
    Deadline,
    Finding,
    Handover,
    HandoverDocument,
    Jobcenter,
    Letter,
    Profile,
    Revision,
    Setting,
)

__all__ = [
    "Attachment",
    "Base",
    "Contact",
    "Deadline",
    "Finding",
    "Handover",
    "HandoverDocument",
    "Jobcenter",
    "Letter",
    "Profile",
    "Revision",
    "Setting",
]
