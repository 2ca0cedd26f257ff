"""Generate curated data at N times the seed, in the many-sources layout, for the scale benchmark.

    python bench/scale/generate.py N OUT_DIR [--seed S]

writes OUT_DIR/registry/*.yaml and OUT_DIR/sources/<id>/{source.yaml,text.txt,facts.yaml}: N news
reports, each about as big as the seed article (about 40 organisations, 6 people, one consortium
with its members and member counts, 16 projects of 3-15 participants, a training base with
investment and outputs, two programmes, a meeting, a signing ceremony and an approval). Each
report's text is written from its facts, so every evidence quote is a sentence (or a name) of it.
A fifth of each report's organisations are named again from earlier reports (shared partners).
Industries and cooperation modes are the seed registry's own vocabularies, copied. The output
is deterministic for (N, seed); it is synthetic test data, not facts about real organisations.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SEED_REGISTRY = REPO / "graph" / "data" / "registry"
# (province zh, en, slug, [(city zh, short zh, en, slug)])
PROVINCES = [
    ("辽宁省", "Liaoning Province", "liaoning", [("大连市", "大连", "Dalian", "dalian"), ("沈阳市", "沈阳", "Shenyang", "shenyang"),
                                              ("鞍山市", "鞍山", "Anshan", "anshan")]),
    ("江苏省", "Jiangsu Province", "jiangsu", [("苏州市", "苏州", "Suzhou", "suzhou"), ("无锡市", "无锡", "Wuxi", "wuxi"),
                                            ("常州市", "常州", "Changzhou", "changzhou")]),
    ("广东省", "Guangdong Province", "guangdong", [("深圳市", "深圳", "Shenzhen", "shenzhen"),
                                                ("东莞市", "东莞", "Dongguan", "dongguan"), ("佛山市", "佛山", "Foshan", "foshan")]),
    ("浙江省", "Zhejiang Province", "zhejiang", [("宁波市", "宁波", "Ningbo", "ningbo"), ("温州市", "温州", "Wenzhou", "wenzhou")]),
    ("山东省", "Shandong Province", "shandong", [("青岛市", "青岛", "Qingdao", "qingdao"), ("烟台市", "烟台", "Yantai", "yantai"),
                                              ("潍坊市", "潍坊", "Weifang", "weifang")]),
    ("四川省", "Sichuan Province", "sichuan", [("成都市", "成都", "Chengdu", "chengdu"), ("绵阳市", "绵阳", "Mianyang", "mianyang")]),
    ("湖北省", "Hubei Province", "hubei", [("武汉市", "武汉", "Wuhan", "wuhan"), ("襄阳市", "襄阳", "Xiangyang", "xiangyang")]),
    ("陕西省", "Shaanxi Province", "shaanxi", [("西安市", "西安", "Xi'an", "xian"), ("宝鸡市", "宝鸡", "Baoji", "baoji")]),
    ("安徽省", "Anhui Province", "anhui", [("合肥市", "合肥", "Hefei", "hefei"), ("芜湖市", "芜湖", "Wuhu", "wuhu")]),
    ("河南省", "Henan Province", "henan", [("郑州市", "郑州", "Zhengzhou", "zhengzhou"), ("洛阳市", "洛阳", "Luoyang", "luoyang")]),
]
BRANDS = [("华信", "Huaxin"), ("恒通", "Hengtong"), ("博远", "Boyuan"), ("鑫达", "Xinda"), ("海创", "Haichuang"),
          ("金石", "Jinshi"), ("宏远", "Hongyuan"), ("天启", "Tianqi"), ("瑞丰", "Ruifeng"), ("中诚", "Zhongcheng"),
          ("远航", "Yuanhang"), ("东方精工", "Dongfang Jinggong"), ("北辰", "Beichen"), ("新松", "Xinsong"),
          ("明德", "Mingde"), ("晨光", "Chenguang"), ("永盛", "Yongsheng"), ("凯达", "Kaida"), ("联创", "Lianchuang"),
          ("同方", "Tongfang"), ("启明", "Qiming"), ("卓越", "Zhuoyue"), ("华锐", "Huarui"), ("盛世", "Shengshi"),
          ("英特", "Yingte"), ("蓝海", "Lanhai"), ("星河", "Xinghe"), ("普瑞", "Purui"), ("安泰", "Antai"),
          ("德润", "Derun"), ("鼎盛", "Dingsheng"), ("汇川", "Huichuan"), ("力拓", "Lituo"), ("中邦", "Zhongbang"),
          ("宇通", "Yutong"), ("兴业", "Xingye"), ("昊天", "Haotian"), ("万向", "Wanxiang"), ("众合", "Zhonghe"),
          ("长城", "Changcheng")]
# enterprise line of business: (zh, en, industry id of the seed vocabulary)
TRADES = [("机床", "Machine Tool", "cnc-machine-tools"), ("电气设备", "Electrical Equipment", "high-low-voltage-electrical-apparatus"),
          ("智能装备", "Intelligent Equipment", "intelligent-equipment"), ("新能源科技", "New Energy Technology", "new-energy"),
          ("汽车部件", "Auto Parts", "auto-parts"), ("生物制药", "Biopharmaceutical", "biopharmaceuticals"),
          ("软件", "Software", "information-technology"), ("数据科技", "Data Technology", "big-data"),
          ("精密机械", "Precision Machinery", "precision-manufacturing"), ("氢能科技", "Hydrogen Energy Technology", "hydrogen-energy"),
          ("压缩机", "Compressor", "compressors"), ("人工智能科技", "AI Technology", "artificial-intelligence")]
FIELDS = [("理工", "Technology"), ("科技", "Science and Technology"), ("工业", "Industry"), ("交通", "Jiaotong"),
          ("海事", "Maritime"), ("医科", "Medical"), ("财经", "Finance and Economics"), ("信息工程", "Information Engineering")]
COLLEGES = [("职业技术", "Vocational and Technical"), ("轻工职业", "Light Industry Vocational"),
            ("装备制造职业技术", "Equipment Manufacturing Vocational and Technical"), ("电子信息职业技术", "Electronic Information Vocational"),
            ("交通职业技术", "Transport Vocational and Technical"), ("石化职业技术", "Petrochemical Vocational and Technical"),
            ("汽车工程职业", "Automotive Engineering Vocational"), ("商贸职业", "Commerce Vocational")]
BUREAUS = [("教育局", "Education Bureau"), ("人力资源和社会保障局", "Human Resources and Social Security Bureau"),
           ("工业和信息化局", "Industry and Information Technology Bureau"), ("科学技术局", "Science and Technology Bureau")]
SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"),
            ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
            ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo")]
GIVEN = [("建国", "Jianguo"), ("志强", "Zhiqiang"), ("晓东", "Xiaodong"), ("海燕", "Haiyan"), ("文博", "Wenbo"),
         ("丽华", "Lihua"), ("国栋", "Guodong"), ("春生", "Chunsheng"), ("振华", "Zhenhua"), ("雪梅", "Xuemei"),
         ("永刚", "Yonggang"), ("佳怡", "Jiayi"), ("宏伟", "Hongwei"), ("明轩", "Mingxuan"), ("子涵", "Zihan"),
         ("立新", "Lixin"), ("秀英", "Xiuying"), ("德胜", "Desheng"), ("俊杰", "Junjie"), ("静", "Jing")]
TITLES = {"Enterprise": [("总经理", "General Manager"), ("副总经理", "Deputy General Manager"), ("董事长", "Chairman")],
          "HigherVocationalCollege": [("党委书记", "Party Secretary"), ("校长", "President"), ("副校长", "Vice President")],
          "University": [("副校长", "Vice President"), ("院长", "Dean")]}
PROJECT_KINDS = [("TrainingBaseProject", "产教融合实训基地项目", "Industry–Education Training Base Project"),
                 ("TechInnovationProject", "技术攻关项目", "Technology Research Project"),
                 ("TalentCultivationProject", "人才联合培养项目", "Joint Talent Cultivation Project")]
CONSORTIUM_KINDS = [("CityRegionConsortium", "市域产教联合体", "City-Region Industry–Education Consortium"),
                    ("IndustryCommunity", "行业产教融合共同体", "Industry–Education Integration Community"),
                    ("Alliance", "产教融合联盟", "Industry–Education Integration Alliance")]
# organisations introduced by one report, by type (the seed names 42)
NEW_PER_REPORT = {"Enterprise": 20, "University": 4, "HigherVocationalCollege": 5, "SecondaryVocationalSchool": 2,
                  "ResearchInstitution": 2, "KeyLaboratory": 1, "IndustryAssociation": 1, "GovernmentBody": 2}
SHARED_PER_REPORT = 8  # organisations of earlier reports named again


class Generator:
    """The whole generated dataset, report by report, from one seeded random stream."""

    def __init__(self, scale: int, seed: int):
        self.rng = random.Random(seed)
        self.scale = scale
        self.industries = list(_seed("industries.yaml")["industries"])
        self.modes = [m["id"] for m in _seed("modes.yaml")["modes"]]
        self.places, self.orgs, self.people, self.reports = [], [], [], []
        self.names: set[str] = set()
        self.city_orgs: dict[str, dict] = {}
        self._places()

    def _places(self) -> None:
        self.cities = []
        for zh, en, slug, cities in PROVINCES:
            self.places.append(dict(id=slug, type="Province", label_zh=zh, label_en=en))
            for czh, short, cen, cslug in cities:
                self.places.append(dict(id=cslug, type="City", within=slug, label_zh=czh, label_en=cen,
                                        aliases=[short]))
                self.cities.append(dict(id=cslug, zh=czh, short=short, en=cen, province=slug, province_zh=zh))

    def _org(self, kind: str, city: dict, n: int) -> dict:
        """A new organisation of ``kind`` in ``city`` with a name no other organisation has."""
        for attempt in range(200):
            zh, en, industries = self._name(kind, city, attempt)
            if zh not in self.names:
                break
        else:
            raise RuntimeError(f"ran out of {kind} names for {city['zh']}")
        self.names.add(zh)
        org = dict(id=f"{city['id']}-{kind.lower()}-{n}", type=kind, label_zh=zh, label_en=en,
                   industries=industries, located_in=city["id"])
        self.orgs.append(org)
        return org

    def _name(self, kind: str, city: dict, attempt: int) -> tuple[str, str, list]:
        rng, short, cen = self.rng, city["short"], city["en"]
        if kind == "Enterprise":
            (bzh, ben), (tzh, ten, ind) = rng.choice(BRANDS), rng.choice(TRADES)
            # a city has 480 brand-trade names; at 1000x it needs ~800: numbered ones once they run short
            extra = ("", "") if attempt < 20 else (f"第{attempt}", f" No. {attempt}")
            return f"{short}{bzh}{tzh}{extra[0]}有限公司", f"{cen} {ben} {ten}{extra[1]} Co., Ltd.", [ind]
        if kind == "University":
            fzh, fen = rng.choice(FIELDS)
            extra = ("", "") if attempt < 5 else (f"第{attempt}", f" No. {attempt}")
            return f"{short}{fzh}大学{extra[0]}", f"{cen} University of {fen}{extra[1]}", ["higher-education"]
        if kind in ("HigherVocationalCollege", "SecondaryVocationalSchool"):
            czh, cenx = rng.choice(COLLEGES)
            tail = ("学院", "College") if kind == "HigherVocationalCollege" else ("学校", "School")
            extra = ("", "") if attempt < 5 else (f"第{attempt}", f" No. {attempt}")
            return (f"{short}{czh}{tail[0]}{extra[0]}", f"{cen} {cenx} {tail[1]}{extra[1]}",
                    ["vocational-education"])
        if kind == "GovernmentBody":
            bzh, ben = BUREAUS[attempt % len(BUREAUS)]
            extra = ("", "") if attempt < len(BUREAUS) else (f"第{attempt}分局", f" Branch {attempt}")
            return f"{city['zh']}{bzh}{extra[0]}", f"{cen} Municipal {ben}{extra[1]}", ["education"]
        (bzh, ben), (tzh, ten, ind) = rng.choice(BRANDS), rng.choice(TRADES)
        if kind == "ResearchInstitution":
            return f"{short}{bzh}{tzh}研究院", f"{cen} {ben} {ten} Research Institute", [ind]
        if kind == "KeyLaboratory":
            return (f"{city['province_zh']}{bzh}{tzh}重点实验室", f"{ben} Key Laboratory of {ten}, {city['province']}",
                    [ind])
        return f"{short}{bzh}{tzh}行业协会", f"{cen} {ben} {ten} Industry Association", [ind]

    def _person(self, n: int) -> dict:
        (szh, sen), (gzh, gen) = self.rng.choice(SURNAMES), self.rng.choice(GIVEN)
        person = dict(id=f"person-{n}-{sen.lower()}-{gen.lower()}", label_zh=f"{szh}{gzh}", label_en=f"{sen} {gen}")
        self.people.append(person)
        return person

    def _daily(self, city: dict) -> dict:
        if city["id"] not in self.city_orgs:
            org = dict(id=f"{city['id']}-daily", type="MediaOrganization", label_zh=f"{city['short']}日报",
                       label_en=f"{city['en']} Daily", industries=["news-media"], located_in=city["id"])
            self.names.add(org["label_zh"])
            self.orgs.append(org)
            self.city_orgs[city["id"]] = org
        return self.city_orgs[city["id"]]

    def generate(self) -> None:
        for n in range(self.scale):
            self.reports.append(Report(self, n).build())

    def write(self, out: Path) -> None:
        if out.exists():
            shutil.rmtree(out)
        (out / "registry").mkdir(parents=True)
        for name in ("industries.yaml", "modes.yaml", "project-categories.yaml"):
            shutil.copyfile(SEED_REGISTRY / name, out / "registry" / name)
        named = {m for report in self.reports for m in report.mentions}
        places = [p for p in self.places if p["id"] in named]  # every registry entry must be named by a source
        for key, items in (("organisations", self.orgs), ("people", self.people), ("places", places)):
            _dump(out / "registry" / f"{key}.yaml", {key: items})
        for report in self.reports:
            folder = out / "sources" / report.id
            folder.mkdir(parents=True)
            raw = report.text.encode("utf-8")
            (folder / "text.txt").write_bytes(raw)
            _dump(folder / "source.yaml", {**report.meta, "sha256": hashlib.sha256(raw).hexdigest()})
            _dump(folder / "facts.yaml", report.facts)


class Report:
    """One generated news report: its facts first, then the sentences that state them."""

    def __init__(self, gen: Generator, n: int):
        self.gen, self.n, self.rng = gen, n, gen.rng
        self.city = self.rng.choice(gen.cities)
        self.sentences: list[str] = []
        self.mentions: dict[str, dict] = {}
        self.date = f"{2023 + n % 3}-{1 + self.rng.randrange(12):02d}-{1 + self.rng.randrange(28):02d}"
        self.id = f"{self.city['id']}-daily-{self.date}-report-{n}"

    def say(self, sentence: str) -> str:
        """Add a sentence to the text; return it (without its full stop) as an evidence quote."""
        self.sentences.append(sentence + "。")
        return sentence

    def name(self, entity: dict, quote: str | None = None) -> None:
        """Record that the report names a registry entity (its evidence: its name, found in the text)."""
        self.mentions.setdefault(entity["id"], {"id": entity["id"], "evidence": quote or entity["label_zh"]})

    def build(self) -> Report:
        gen, rng, city = self.gen, self.rng, self.city
        earlier = list(gen.orgs)
        orgs = [gen._org(kind, city, f"{self.n}-{i}") for kind, count in NEW_PER_REPORT.items() for i in range(count)]
        shared = rng.sample([o for o in earlier if o["type"] != "MediaOrganization"],
                            min(SHARED_PER_REPORT, sum(o["type"] != "MediaOrganization" for o in earlier)))
        pool = orgs + shared
        daily = gen._daily(city)
        authors = [gen._person(f"{self.n}-a{i}") for i in range(rng.randint(2, 4))]
        industry = rng.choice([i for i in gen.industries if i.get("broader")])
        self.say(f"{self.date[:4]}年{int(self.date[5:7])}月{int(self.date[8:])}日 稿件来源:{daily['label_zh']}")
        self.say("记者 " + " ".join(a["label_zh"] for a in authors))
        consortium = self._consortium(pool, industry)
        events = self._events(consortium, pool)
        projects = [self._project(i, pool, events[1]["id"]) for i in range(16)]
        base = self._training_base(pool, industry)
        programmes = [self._programme(i, pool) for i in range(2)]
        self._people(pool)
        rest = [o for o in orgs if o["id"] not in self.mentions]  # every new organisation is named somewhere
        if rest:
            self.say(f"出席推进会的还有{'、'.join(o['label_zh'] for o in rest)}等单位代表")
            for org in rest:
                self.name(org)
        self.name(daily)
        for a in authors:
            self.name(a)
        self.name(next(p for p in gen.places if p["id"] == city["id"]))
        self.name(next(p for p in gen.places if p["id"] == city["province"]), city["province_zh"])
        self.text = "\n".join(self.sentences) + "\n"
        self.meta = dict(id=self.id, type="NewsArticle", title_zh=self.title_zh, title_en=self.title_en,
                         publisher=daily["id"], authors=[a["id"] for a in authors], published=self.date,
                         language="zh", licence="synthetic benchmark data (bench/scale/generate.py)",
                         text="text.txt", evidence=[self.title_zh])
        self.facts = dict(consortia=[consortium], events=events, projects=projects, training_bases=[base],
                          programmes=programmes, mentions=list(self.mentions.values()))
        return self

    def _consortium(self, pool: list, industry: dict) -> dict:
        kind, kzh, ken = self.rng.choice(CONSORTIUM_KINDS)
        label_zh = f"{self.city['short']}{industry['label_zh']}{kzh}(第{self.n + 1}号)"
        label_en = f"{self.city['en']} {industry['label_en'].title()} {ken} (No. {self.n + 1})"
        self.title_zh = self.say(f"{label_zh}助力{self.city['short']}产业发展")
        self.title_en = f"{label_en} supports industrial development in {self.city['en']}"
        leads, members = pool[:2], self.rng.sample(pool[2:], self.rng.randint(15, 30))
        for org in (*leads, *members):
            self.name(org)
        said = self.say(f"{label_zh}由{'、'.join(o['label_zh'] for o in leads)}牵头组建")
        joined = self.say(f"{'、'.join(o['label_zh'] for o in members)}等单位加入联合体")
        total = len(leads) + len(members)
        count = self.say(f"联合体成员单位已增至{total}家")
        goal = self.say(f"联合体将为{self.city['short']}{industry['label_zh']}产业提供人才支撑")
        return dict(id=f"consortium-{self.n}", type=kind, label_zh=label_zh, label_en=label_en, level_zh="省级",
                    level_en="provincial", located_in=self.city["id"], key_industries=[industry["id"]],
                    leads=[o["id"] for o in leads], members=[o["id"] for o in members],
                    goals=[dict(text_zh=goal + "。", text_en="Provide talent support for the local industry.",
                                evidence=goal)],
                    member_counts=[dict(category="total", value=total, unit_zh="家", unit_en="member units",
                                        bound="exact", text=f"{total}家", label_zh="成员单位",
                                        label_en="member units", evidence=count)],
                    evidence={"entry": [self.title_zh, said], "members": joined, "leads": said})

    def _events(self, consortium: dict, pool: list) -> list:
        venue = pool[0]
        meeting = self.say(f"近日,{consortium['label_zh']}建设推进会在{venue['label_zh']}召开")
        signing = self.say("会上,16个产教融合项目完成签约")
        rank, out_of = self.rng.randint(1, 20), self.rng.randint(20, 40)
        approval = self.say(f"该联合体在{out_of}家申报单位中以第{rank}名的成绩获批")
        base = dict(date=self.date, location=self.city["id"])
        return [dict(id=f"meeting-{self.n}", type="Meeting", venue=venue["id"], organizer=self.city["id"],
                     label_zh=f"{consortium['label_zh']}建设推进会", label_en=f"Meeting of the {consortium['label_en']}",
                     evidence=meeting, **base),
                dict(id=f"signing-{self.n}", type="SigningCeremony", sub_event_of=f"meeting-{self.n}",
                     label_zh=f"{consortium['label_zh']}项目签约仪式", label_en=f"Project signing, {consortium['label_en']}",
                     evidence=signing, **base),
                dict(id=f"approval-{self.n}", type="Approval", approves=consortium["id"], rank=rank, out_of=out_of,
                     label_zh=f"{consortium['label_zh']}获批", label_en=f"Approval of the {consortium['label_en']}",
                     evidence=approval)]

    def _project(self, i: int, pool: list, signing: str) -> dict:
        category, kzh, ken = self.rng.choice(PROJECT_KINDS)
        (tzh, ten, industry) = self.rng.choice(TRADES)
        participants = self.rng.sample(pool, self.rng.randint(3, 15))
        label_zh = f"{self.city['short']}{tzh}{kzh}(第{self.n + 1}-{i + 1}号)"
        label_en = f"{self.city['en']} {ten} {ken} (No. {self.n + 1}-{i + 1})"
        quote = self.say(f"{'、'.join(o['label_zh'] for o in participants)}合作共建{label_zh}")
        return dict(id=f"project-{self.n}-{i}", category=category, participants=[o["id"] for o in participants],
                    mode=self.rng.choice(self.gen.modes), industries=[industry], signed_at=signing,
                    label_zh=label_zh, label_en=label_en, evidence=quote)

    def _training_base(self, pool: list, industry: dict) -> dict:
        a, b = pool[0], pool[1]
        yuan = self.rng.randint(2, 30) * 1000
        label_zh = f"{self.city['short']}{industry['label_zh']}产教融合实训基地(第{self.n + 1}号)"
        entry = self.say(f"{a['label_zh']}和{b['label_zh']}投资{yuan}万元打造{label_zh}")
        positions = self.rng.randint(100, 3000)
        out = self.say(f"该基地已提供实习岗位{positions}余个")
        return dict(id=f"training-base-{self.n}", label_zh=label_zh,
                    label_en=f"{self.city['en']} {industry['label_en'].title()} Training Base (No. {self.n + 1})",
                    participants=[a["id"], b["id"]], industries=[industry["id"]],
                    investment=dict(value=yuan * 10000, currency="CNY", text=f"{yuan}万元", label_zh="校企双方投资",
                                    label_en="joint investment", evidence=entry),
                    outputs=[dict(value=positions, unit_zh="个", unit_en="positions", bound="more-than",
                                  period="cumulative", text=f"{positions}余个", label_zh="提供实习岗位",
                                  label_en="internship positions provided", kind_zh="实习岗位",
                                  kind_en="internship positions", evidence=out)],
                    evidence=entry)

    def _programme(self, i: int, pool: list) -> dict:
        provider = next(o for o in pool if o["type"] == "HigherVocationalCollege")
        people = self.rng.randint(10, 200)
        label_zh = f"{self.city['short']}现场工程师培养计划(第{self.n + 1}-{i + 1}号)"
        entry = self.say(f"{provider['label_zh']}实施{label_zh},首批培养{people}人")
        return dict(id=f"programme-{self.n}-{i}", ordinal=i + 1, provider=provider["id"],
                    industries=["vocational-education"], label_zh=label_zh,
                    label_en=f"{self.city['en']} Field Engineer Training Plan (No. {self.n + 1}-{i + 1})",
                    audience_zh="在校学生", audience_en="enrolled students",
                    targets=[dict(value=people, unit_zh="人", unit_en="people", bound="exact", period="first-batch",
                                  text=f"{people}人", label_zh="首批培养", label_en="first batch trained",
                                  evidence=entry)],
                    evidence=entry)

    def _people(self, pool: list) -> None:
        """Two officials quoted with their positions at organisations of the report."""
        for i, org in enumerate(o for o in pool if o["type"] in TITLES):
            if i == 2:
                break
            person = self.gen._person(f"{self.n}-p{i}")
            tzh, ten = self.rng.choice(TITLES[org["type"]])
            said = f"联合体让校企合作更加紧密,{org['label_zh']}受益良多"
            quote = self.say(f"{org['label_zh']}{tzh}{person['label_zh']}表示,{said}")
            self.mentions[person["id"]] = dict(
                id=person["id"], evidence=quote,
                positions=[dict(title_zh=tzh, title_en=ten, organisation=org["id"], evidence=quote)],
                quotes=[dict(text_zh=said + "。", text_en="The consortium has brought schools and enterprises "
                                                         "closer together.", evidence=said)])
            self.name(org)


def _seed(name: str) -> dict:
    return yaml.safe_load((SEED_REGISTRY / name).read_text(encoding="utf-8"))


def _dump(path: Path, doc: dict) -> None:
    text = yaml.dump(doc, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                     sort_keys=False, width=120)
    path.write_text(text, encoding="utf-8")


def generate(scale: int, out: Path, seed: int = 18) -> Path:
    """Write the data set at ``scale`` times the seed into ``out`` (replacing it); return ``out``."""
    if scale < 1:
        raise ValueError(f"scale must be a positive integer, not {scale}")
    gen = Generator(scale, seed)
    gen.generate()
    gen.write(Path(out))
    return Path(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scale", type=int, help="N: how many times the seed article's facts")
    parser.add_argument("out", help="output directory (replaced)")
    parser.add_argument("--seed", type=int, default=18, help="random seed (default 18)")
    args = parser.parse_args(argv)
    try:
        generate(args.scale, Path(args.out), args.seed)
    except ValueError as exc:
        print(f"generate.py: {exc}", file=sys.stderr)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main())
