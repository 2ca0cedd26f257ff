"""A colloquial short form is replaced by its standard form, never inside that standard form itself."""
import pytest

from search.wording import standard_wording


@pytest.mark.parametrize(("question", "standard"), [
    ("哪家药企参与了？", "哪家医药企业参与了？"),
    ("哪家医药企业参与了项目？", "哪家医药企业参与了项目？"),  # 药企 inside 医药企业: left alone
    ("哪家汽車企業出的題？", "哪家汽車企業出的題？"),  # traditional script has no short form to replace
    ("哪家汽车企业出的题，哪家车企接的？", "哪家汽车企业出的题，哪家汽车企业接的？"),
    ("有几家央企？中央企业呢", "有几家中央企业？中央企业呢"),
    ("which univ signed", "which university signed"),
    ("which university signed", "which university signed"),
])
def test_short_form_replaced_outside_its_full_form(question, standard):
    assert standard_wording(question) == standard
