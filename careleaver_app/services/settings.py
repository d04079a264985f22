"""The LA's local settings (timescales left to local practice), kept in the store."""

from __future__ import annotations

from ..domain.settings import LocalSettings, validate_settings
from ..storage.store import Store
from .acting import require_local_settings_rights

SETTINGS_KEY = "local_settings"


class SettingsService:
    def __init__(self, store: Store):
        self.store = store

    def get(self) -> LocalSettings:
        """Read once until the data next changes (Store.memo), here or on another connection: a
        save made in the window, a sync or another laptop process is seen at the next read."""
        return self.store.memo(("local settings",), lambda: LocalSettings.from_dict(self.store.setting(SETTINGS_KEY)))

    def save(self, settings: LocalSettings) -> None:
        require_local_settings_rights(self.store)
        validate_settings(settings)
        with self.store.transaction():
            self.store.upsert_setting(SETTINGS_KEY, settings.to_dict())
