"""The user's own details and their Jobcenter: one row each, every change a revision."""

from __future__ import annotations

from app.model import Jobcenter, Profile
from app.records import JobcenterData, ProfileData
from app.services.diary import VaultService, put_jobcenter, put_profile, read_single


class ProfileService(VaultService):
    """Who writes the diary, and which Jobcenter it is about."""

    def profile(self) -> ProfileData | None:
        with self.vault.session() as session:
            return read_single(session, Profile, ProfileData)

    def set_profile(self, data: ProfileData) -> None:
        with self.vault.transaction() as session:
            put_profile(session, data)

    def jobcenter(self) -> JobcenterData | None:
        with self.vault.session() as session:
            return read_single(session, Jobcenter, JobcenterData)

    def set_jobcenter(self, data: JobcenterData) -> None:
        with self.vault.transaction() as session:
            put_jobcenter(session, data)
