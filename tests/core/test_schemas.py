import pytest

from gurukul.core.errors import BadRequest
from gurukul.core.schemas import decode_cursor, encode_cursor


class TestCursor:
    def test_round_trip(self) -> None:
        cursor = encode_cursor({"id": "abc", "created_at": "2026-01-01T00:00:00Z"})
        assert decode_cursor(cursor, keys={"id", "created_at"}) == {
            "id": "abc",
            "created_at": "2026-01-01T00:00:00Z",
        }

    def test_none_is_first_page(self) -> None:
        assert decode_cursor(None, keys={"id"}) is None

    @pytest.mark.parametrize("bad", ["%%%", "bm90IGpzb24", encode_cursor({"other": 1}), "W10"])
    def test_tampered_cursor_is_400_on_cursor_field(self, bad: str) -> None:
        with pytest.raises(BadRequest) as refused:
            decode_cursor(bad, keys={"id"})
        assert refused.value.field == "cursor"
        assert refused.value.code == "invalid_cursor"
