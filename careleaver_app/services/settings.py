"""The LA's local settings (timescales left to local practice), kept in the store."""

from __future__ import annotations

from ..domain.settings import LocalSettings, validate_settings
from ..storage.store import Store
from .acting import require_local_settings_rights

SETTINGS_KEY = "local_settings"


class SettingsService:
    def __init__(self, store: Store):
        self.store = store
        self._cache: LocalSettings | None = None

    def get(self) -> LocalSettings:
        if self._cache is None:
            self._cache = LocalSettings.from_dict(self.store.setting(SETTINGS_KEY))
        return self._cache

    def save(self, settings: LocalSettings) -> None:
        require_local_settings_rights(self.store)
        validate_settings(settings)
        with self.store.transaction():
            self.store.upsert_setting(SETTINGS_KEY, settings.to_dict())
        self._cache = settings
