"""False premises of yes/no questions (search.qa_premise): a near fact bears out no claim. A date borne out with an
issuer the graph does not link to the thing dated is a "no"; a cooperation the named share, of another field than the
claim puts it in, is a "no"; the true claims stay "yes"; two claimed even ("打了个平手", "as many as") are compared. Wordings of our own, none in a development set: English,
simplified and traditional Chinese, colloquial forms."""

import pytest


@pytest.mark.parametrize("question, verdict", [
    # a false premise is answered no
    ("教育部在2022年12月印发了那份职业教育改革的意见吗？", "否"),
    ("Was the December 2022 Opinions issued by the Ministry of Education?", "No"),
    ("東風日產跟大工合作的是氫能項目嗎？", "否"),
    ("Is the Dongfeng Nissan–DUT cooperation a hydrogen project?", "No"),
    ("东风日产和大连理工大学一起搞的是燃料电池的项目，对吧？", "否"),
    # a true claim stays yes
    ("Did the State Council General Office issue the Opinions in December 2022?", "Yes"),
    ("国创氢能和大连交大的合作是氢能方面的吗？", "是"),
    ("Is the DUT and Dongfeng Nissan cooperation a new energy vehicle project?", "Yes"),
    ("金普新区联合体是2023年获批的吗？", "是"),
    # a guess put for confirmation ("该不会就是…吧") asks yes or no, it denies nothing; 一把手 is the head
    ("他叫董建军，该不会就是职院的一把手吧？", "否"),
    ("杨跃权不会就是职院的一把手吧？", "是"),
    ("楊躍權是不是職院的一把手？", "是"),
    # two claimed even: the counts decide
    ("大连交大和大连大学签的项目一样多吗？", "是"),
    ("大連交大跟大連大學簽的項目數量是不是持平？", "是"),
    ("Did Dalian Jiaotong University sign as many projects as Dalian University?", "Yes"),
    ("大工和大连大学签的项目打平了吗？", "否"),
    ("Are Dalian Jiaotong University and Dalian University of Technology tied on number of projects?", "No"),
])
def test_a_verdict_rests_on_the_whole_claim(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
