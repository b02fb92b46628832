import pytest

from gurukul.core.security import common_passwords, password_problem


class TestPasswordPolicy:
    @pytest.mark.parametrize("common", ["manchester", "Q1W2E3R4T5", "1qaz2wsx3edc", "iitjee12345"])
    def test_common_passwords_are_refused_whatever_the_case(self, common: str) -> None:
        assert password_problem(common) == "Password is too common"

    def test_list_comments_are_not_passwords(self) -> None:
        assert not any(entry.startswith("#") for entry in common_passwords())
        assert len(common_passwords()) > 1000

    def test_short_and_email_like_passwords_are_refused(self) -> None:
        assert password_problem("short1") is not None
        assert password_problem("asha.rao.99@example.com", email="asha.rao.99@example.com")
        assert password_problem("asha.rao.99", email="asha.rao.99@example.com")

    def test_a_long_unusual_passphrase_passes(self) -> None:
        assert password_problem("violet-mango-river") is None
