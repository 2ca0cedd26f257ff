"""Builds test/nev-community.docx, the test set's Word article, from the text below.

The text is the article's content (written by the evaluation-set author); the .docx is committed
too, so the extractor is measured on a real Word file. Re-running writes the same paragraphs
(the document's dates are fixed; the zip container may still differ byte for byte).

    /work/main/.venv/bin/python tests/ingest/make_docx.py [OUT.docx]
"""

import datetime
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "test" / "nev-community.docx"
TITLE = "全国新能源汽车行业产教融合共同体在十堰成立"
SUBTITLE = "147家成员单位共绘新能源汽车人才培养“一张图”"
PARAGRAPHS = [
    "11月8日，全国新能源汽车行业产教融合共同体成立大会在湖北十堰举行。共同体由东风汽车集团有限公司、"
    "湖北汽车工业学院和十堰职业技术学院共同牵头，中国汽车工程学会、湖北省教育厅、十堰市人民政府给予指导和支持。"
    "来自全国21个省份的院校、企业和科研机构代表300余人参加会议。",
    "东风汽车集团有限公司副总经理、共同体理事长刘振华在讲话中说，新能源汽车正从“拼规模”转向“拼技术”，"
    "电池、电驱、电控和智能网联等领域的复合型技术技能人才缺口持续扩大。东风公司将把研发中心和生产基地"
    "向共同体成员院校开放，推动企业标准转化为教学标准。",
    "湖北汽车工业学院党委书记杨宏伟介绍了共同体的组建情况。共同体首批成员单位147家，其中本科院校11所、"
    "高职院校46所、中职学校14所、企业63家、科研院所6家、行业组织7家。共同体设理事会和秘书处，秘书处设在"
    "十堰职业技术学院，下设专业建设、实习实训、技术服务和国际合作四个专门委员会。",
    "成立大会上，首批合作项目现场签约。十堰职业技术学院与东风商用车有限公司签约开办“新能源重卡现场工程师班”，"
    "首期招收学员60名；湖北汽车工业学院与宁德时代新能源科技股份有限公司签署协议，共建动力电池安全技术联合实验室，"
    "企业首期投入研发经费800万元；襄阳汽车职业技术学院与驰能电驱（湖北）科技有限公司共建电驱系统装调实训基地，"
    "驰能电驱公司捐赠电驱总成试验台等设备12台（套）；辽宁轻工职业学院与东风日产大连有限公司签订新能源汽车检测与维修订单培养协议，"
    "每年定向培养学生100人。",
    "十堰职业技术学院院长马立军说，学校汽车类专业在校生有5200人，近三年向东风体系企业输送毕业生3100余名。"
    "加入共同体后，学校将牵头开发新能源汽车领域共享课程30门，面向成员院校开放使用。中国汽车工程学会副秘书长"
    "黄志明表示，学会将依托共同体开展新能源汽车维修技术人员能力评价，力争三年评价2万人次。",
    "湖北省教育厅副厅长周红在会上提出，要把共同体建成汇聚产教资源、服务行业发展的实体化平台，"
    "省教育厅将在专业设置、招生计划和项目建设方面给予倾斜。据悉，十堰市将为共同体提供1.8万平方米的"
    "公共实训场地，并配套建设学生公寓。",
    "（来源：十堰日报）",
]


def build(path: Path = OUT) -> Path:
    """Writes the article as a Word document: a title, a subtitle and one paragraph each."""
    document = docx.Document()
    fixed = datetime.datetime(2024, 11, 9, 8, 0, 0)
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.core_properties.title = TITLE
    document.add_heading(TITLE, level=1)
    document.add_paragraph(SUBTITLE)
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    document.save(str(path))
    return path


if __name__ == "__main__":
    import sys

    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
