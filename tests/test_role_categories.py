"""role_category: the office as written, in the controlled vocabulary of the schema."""

import pytest

from pipelines.normalization.roles import role_category
from pipelines.schemas import table_schema

CASES = [
    ("President", None, "head_of_state"),
    ("King", None, "head_of_state"),
    ("Crown Prince and Prime Minister", None, "head_of_government"),
    ("Prime Minister", None, "head_of_government"),
    ("Federal Chancellor", None, "head_of_government"),
    ("Foreign Minister", None, "foreign_minister"),
    ("Minister of Foreign Affairs", None, "foreign_minister"),
    ("Secretary of State", None, "foreign_minister"),
    ("External Affairs Minister", None, "foreign_minister"),
    ("Secretary of Defense", "Defense", "minister"),
    ("Minister of Justice", None, "minister"),
    ("Vice President", None, "minister"),
    ("Deputy Foreign Minister", None, "deputy_minister"),
    ("Deputy Secretary of State", None, "deputy_minister"),
    ("Under Secretary of State for Political Affairs", None, "deputy_minister"),
    ("Ambassador", None, "ambassador"),
    ("Special Envoy for Climate", None, "ambassador"),
    ("Speaker of the State Duma", None, "legislator"),
    ("Senator", None, "legislator"),
    ("Prosecutor General", None, "prosecutor_or_judge"),
    ("Chief Justice", None, "prosecutor_or_judge"),
    ("Chairman of the Joint Chiefs of Staff", None, "military"),
    ("Chief of the General Staff of the Armed Forces", None, "military"),
    ("National Security Advisor", None, "security_or_intelligence"),
    ("Secretary of the Security Council", None, "security_or_intelligence"),
    ("Director of the Federal Security Service", None, "security_or_intelligence"),
    ("Secretary-General", "United Nations", "international_official"),
    ("President of the European Commission", None, "international_official"),
    ("Governor", None, "regional_official"),
    ("Mayor of Moscow", None, "regional_official"),
    ("Head of Presidential Administration", "Presidential Administration", "adviser"),
    ("Aide to the President", None, "adviser"),
    ("Chief Executive Officer", "Tesla", "other"),
    ("Patriarch", None, "other"),
]


@pytest.mark.parametrize(("role", "organization", "expected"), CASES)
def test_roles_as_written_get_their_category(role, organization, expected):
    assert role_category(role, organization) == expected


def test_no_role_gives_no_category():
    assert role_category(None) is None
    assert role_category("  ") is None


def test_every_category_is_in_the_schema_vocabulary():
    allowed = set(table_schema("participants").column("role_category").enum)
    assert {expected for _, _, expected in CASES} <= allowed
    description = table_schema("participants").column("role_category").description
    for category in allowed:
        assert category in description
