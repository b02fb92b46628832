""".env.example and the README's configuration table stay true to the Settings class."""

from __future__ import annotations

import pytest

from gurukul.core.config import Settings
from scripts import settings_doc


@pytest.fixture(scope="module")
def documented() -> list[settings_doc.Documented]:
    return settings_doc.parse_env_example(settings_doc.ENV_EXAMPLE.read_text())


class TestEnvExample:
    def test_every_setting_is_documented_once(
        self, documented: list[settings_doc.Documented]
    ) -> None:
        names = [entry.name for entry in documented]
        assert len(names) == len(set(names)), "a setting appears twice"
        assert set(names) == set(settings_doc.defaults())

    def test_every_line_shows_the_code_default(
        self, documented: list[settings_doc.Documented]
    ) -> None:
        defaults = settings_doc.defaults()
        wrong = {
            e.name: (e.value, defaults[e.name]) for e in documented if e.value != defaults[e.name]
        }
        assert wrong == {}

    def test_documented_values_parse_back_to_the_defaults(
        self, documented: list[settings_doc.Documented], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        for entry in documented:
            monkeypatch.delenv(entry.name, raising=False)
            if entry.value:  # empty means "unset" (None or the empty string)
                monkeypatch.setenv(entry.name, entry.value)
        parsed = Settings(_env_file=None)
        assert parsed.model_dump() == Settings.model_construct().model_dump()

    def test_every_setting_has_a_meaning(self, documented: list[settings_doc.Documented]) -> None:
        assert [e.name for e in documented if len(e.meaning) < 10] == []


class TestReadmeConfigurationTable:
    def test_table_is_generated_from_the_current_settings(self) -> None:
        readme = settings_doc.README.read_text()
        table = settings_doc.render_table(
            settings_doc.parse_env_example(settings_doc.ENV_EXAMPLE.read_text())
        )
        assert settings_doc.render_readme(readme, table) == readme, "run `make settings-doc`"

    def test_table_lists_every_setting(self) -> None:
        readme = settings_doc.README.read_text()
        block = readme.split(settings_doc.START)[1].split(settings_doc.END)[0]
        assert [name for name in settings_doc.defaults() if f"| `{name}` |" not in block] == []
