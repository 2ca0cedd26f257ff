"""Question answering: a question → understanding → a SPARQL query → ranked answers with evidence.

The path, each stage once per reading and in its own module, in this order: validate (search/text.py) → the asker's
frame and discourse read off (search/qa_frame.py, search/qa_discourse.py) → normalise, once, and tell apart preamble and
background (search/qa_told_apart.py; names shortened, mistyped or in pinyin replaced: search/qa_renaming.py, and again when
nothing is found: search/qa_relinking.py) → parse
(search/understand.py) → the rewrites, one ordered table in search/qa_rewrites.py (asides, headings, possessives, relational descriptions as
sub-questions: search/qa_subquestion.py, names, partners pointed back at: search/qa_chain.py, kinds, descriptions) →
scope (search/qa_scope.py: names the graph does not hold) → references (search/qa_profile.py, search/qa_refs.py) →
logical form (search/qa_form.py: the operators' cues read once) → a tally's words (search/qa_tally.py) → a project's
parties by kind (search/qa_project_parties.py), else an operator (search/qa_operators.py), then, where that found
nothing, the parties a project lacks (search/qa_party_negation.py) → else the plain way: plan and its SPARQL
(search/qa_compose.py, search/qa_plans.py) → run → answers and evidence (Plan.collect, spans from search/qa_facts.py)
→ sentence (search/qa_text.py); then re-readings ranked by coverage (search/qa_readings.py), the answer read off a
sentence, or off the sentences citing one entity, when still nothing (search/qa_reader.py, search/qa_entity_reader.py),
the conjoined asks and first hops (search/qa_chain.py). The answers answering nothing are search/qa_unanswered.py's.
The topic of a question is resolved to industries (with their narrower concepts) or to cooperations, through the names
the question uses or, failing that, through semantic search with a calibrated acceptance threshold; the graph then
supplies the answers by following participation. Every answer carries its path through the graph and the span of
the article that states the link, and the response carries the SPARQL query so a
researcher can rerun it. When nothing in the graph supports an answer, the answer list is
empty and the nearest entities are offered separately as ``related``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from graph.han import fold
from graph.namespaces import sparql_prologue
from graph.store import KnowledgeGraph
from search.cantonese import mandarin
from search.documents import Names
from search.engine import SearchEngine
from search.qa_answer import Answer, counted, parse_summary
from search.qa_asked_of import AskedOf, refusal
from search.qa_asked_relation import AskedRelation
from search.qa_numbered import Numbered
from search.qa_kind_unheld import KindsHeld, kind_refusal
from search.qa_party import asked_apart
from search.qa_chain import Chains, Hop
from search.qa_conjoined import conjoined
from search.qa_later_asks import LaterAsks
from search.qa_anchors import Anchors
from search.qa_clause_content import ClauseContent
from search.qa_compose import Plan, compose
from search.qa_config import DEFAULT_CONFIG, QAConfig
from search.qa_descriptions import Descriptions
from search.qa_described_party import IndustryHolders
from search.qa_described import Described
from search.qa_described_document import DescribedDocuments, DocumentUnfit
from search.qa_described_plan import DescribedPlans, names_plan, owned_plans, ranking
from search.qa_fact_words import FactWords
from search.qa_quoted_people import QuotedPeople
from search.qa_qualifiers import counted_qualifiers
from search.qa_form import LogicalForm, logical_form
from search.qa_discourse import Discourse
from search.qa_frame import Frames, refers_back
from search.qa_told_apart import told_apart, without_background
from search.qa_titled_people import TitledPeople
from search.qa_genitive import Genitives
from search.qa_headings import Headings
from search.qa_graph import ORGANIZATION, PARTICIPATION, PROJECT, Participation, of_kinds
from search.qa_kind_refs import KindReferences
from search.qa_leftover import Leftovers
from search.qa_leftover_model import LeftoverModel
from search.qa_memo import one_answer
from search.qa_mention_link import LinkedMention, MentionLinker, side_kinds
from search.qa_name_shape import name_shaped
from search.qa_name_forms import DISTINCT_K
from search.qa_operators import Operators
from search.qa_person_back import PersonBack
from search.qa_owner_kind import OwnerKinds
from search.qa_verdict_relation import RelationVerdicts
from search.qa_fact_indexes import figures_of
from search.qa_prepared import facts_and_graph
from search.qa_profile_cover import ProfileCover
from search.qa_provided import provision_read
from search.qa_party_negation import PartyNegation
from search.qa_project_parties import ProjectParties
from search.qa_entity_reader import read_entity
from search.qa_figure_anchor import FigureOwners
from search.qa_figure_reader import read_figure
from search.qa_subquestion import SubQuestions
from search.qa_reader import Reader, read_in
from search.qa_asked_unit import UnitKinship, asked_units
from search.qa_readings import Readings
from search.qa_rewrites import rewritten
from search.qa_relinking import Relinking
from search.qa_renaming import Renamer
from search.qa_tables import Tables, tables
from search.qa_set_parties import SetParties
from search.qa_mode import Modes
from search.qa_tally import Tallied, Tally
from search.qa_topic_resolver import TopicResolver, topic_root
from search.qa_text import describe
from search.qa_unlinked import unlinked_names
from search.qa_vocabulary import TermWords
from search.qa_word_senses import WordSenses
from search.qa_whole_number import WholesByNumber
from search.qa_place_forms import placeless, places_in
from search.text import normalize, validate_query
from search.understand import Understanding, understand
from search.qa_name_tails import name_tails
from search.qa_unit_refs import UnitReferences
from search.qa_unanswered import fits_nothing, nothing_about, several_fit
from search.wording import standard_wording, without_fillers


class QuestionAnswerer:
    """Answers questions over one graph with one search engine."""

    def __init__(self, kg: KnowledgeGraph, engine: SearchEngine, config: QAConfig = DEFAULT_CONFIG,
                 queries: KnowledgeGraph | None = None):
        """``queries``: the graph an answer's own queries run on (the server gives one whose queries
        are deadline-bound, graph.bounded); ``kg`` when None. What is read at start comes from ``kg``."""
        self.kg, self.engine, self.config = queries or kg, engine, config
        self.facts, graph = facts_and_graph(kg, engine.catalogue)  # saved by the build (search.qa_prepared)
        self.facts.kg = self.kg
        # saved by the build too (search.qa_tables); the scope checks pinyin with search's names
        made = tables(kg, engine.catalogue, self.facts, graph).with_engine(lambda word: bool(engine.match_names(word, whole=False)))
        self.lexicon, self.speller, self.scope, self.part_names = made.lexicon, made.speller, made.scope, made.part_names
        self.place_forms, self.topic_words = made.place_forms, made.topic_words
        self.topics = TopicResolver(engine, config, self.topic_words, WordSenses(engine.catalogue, engine.query_vector, config.word_senses))  # the topic linked, or the nearest offered
        self.names = Renamer(engine, config.link_min_score, config.link_min_ratio, self.topic_words, config.slip_max_share,
                             made.overlap.configured(config.overlap))
        self.name_forms = made.name_forms.with_engine(lambda word: engine.match_names(word, k=DISTINCT_K, whole=False), engine.embedder.encode)
        self.terms = TermWords(engine.embedder, engine.catalogue, self.lexicon.vocabulary.__contains__, config.vocabulary)
        self.headings = Headings(self.scope.plain, lambda w: w in self.scope.words or self.scope.zh_table.any_holding(w),
                                 self.scope.unknown_names)  # "For my notes: which …", "做笔记用：…" (qa_headings)
        # the asker's frame ("I'm a reporter from Shenyang.", "我在台灣看到這篇報導，"), kept when it links a name (qa_frame)
        self.quoted_people = QuotedPeople(self.facts)  # "文章里接受采访的两个人"
        content = ClauseContent(self.lexicon, self.names, self.place_forms, self.scope, self.topics, self.quoted_people, config, self.facts.label)
        self.named_party = content.names_party  # a preamble naming a party the rest does not is kept (qa_told_apart.without_preamble)
        self.frames = Frames(content.names_held, content.one_organisation, Discourse(content.holds_content, lambda text: self.headings.common_words(normalize(text)), content.without_people),
                             content.kinds, content.unheld)
        self.kinds = KindReferences(self.lexicon, self.facts, graph, made.kind_names)
        self.units = UnitReferences(self.lexicon, self.facts, graph)
        self.wholes = WholesByNumber(self.lexicon, graph)  # "这16个里头", "of the sixteen": the whole of that size
        self.name_tails = name_tails(self.facts, engine.catalogue.ancestors)
        self._read_by(kg, graph, engine, config, made)

    def _read_by(self, kg: KnowledgeGraph, graph: Participation, engine: SearchEngine, config: QAConfig, made: Tables) -> None:
        """The readers and operators an answer is read by, made of what ``__init__`` read at start from ``kg``."""
        self.reader = Reader(made.sentences, self.facts, engine.embedder.encode, engine.query_vector, engine.word_weights, config.reader)  # search.qa_reader
        self.genitives = Genitives(self.lexicon, engine.catalogue.ancestors)  # "the partner school of X": "X's partner school"
        self.described = Described(engine.catalogue, self.lexicon, config.described_min_weight)  # "DL海事大学"
        self.mentions = MentionLinker(engine, config.mention_min_score, config.mention_min_margin)  # "the maritime one"
        self.relinking = Relinking(self.names, self.name_forms, self.described, self.terms, self.topics, self.facts, self.lexicon,
                                   engine.catalogue.ancestors, self.anchors)  # a question finding nothing read again (qa_relinking)
        self.fact_words = FactWords(self.facts, graph, made.own_words)  # "the instrument-transformer maker"
        self.described_plans = DescribedPlans(ranking(engine, config.topic_candidates), self.facts.label,  # "企业下单、学校接单那套做法"
                                              owned_plans(self.facts, graph))
        self.person_back = PersonBack(self.facts)  # the asking clause about the person a lead-in names
        self.titled = TitledPeople.of(self.facts.positions, self.facts.label)  # "杨书记", "Mr. Dong" (qa_titled_people)
        self.descriptions = Descriptions(self.lexicon, self.facts, graph, self.resolve_topic)
        self.documents = DescribedDocuments(self.facts, config.described_document_min_words)  # "那份2022年底的…意见"
        self.part = partial(self.answer, entire=False)  # a part of a question (a clause, a sub-question) asked on its own
        self.chains = Chains(self.lexicon, self.facts, graph, self.resolve_topic, self.part)
        self.set_parties = SetParties(self.lexicon, self.facts, graph, self.part)  # search.qa_set_parties
        self.modes = Modes(kg, self.facts, graph, self.lexicon, self.part, self.set_parties.parties)  # search.qa_mode
        self.subquestions = SubQuestions(self.lexicon, self.facts, graph, self.part, self.descriptions.named_by)  # "推进会的东道主企业，它的…"
        labels = lambda iri: (self.facts.label(iri, "zh"), self.facts.label(iri, "en"))  # noqa: E731
        figures = FigureOwners.of(self.facts, lambda o: o in self.facts.docs and topic_root(self.facts.docs[o].types))
        self.anchoring = Anchors(self.topics, self.topic_words, self.lexicon, graph, labels, figures)  # what the topic names (qa_anchors)
        leftovers = Leftovers(labels, graph.classes, engine.catalogue.ancestors).asking_nothing
        # the other reading's leftover words are decided by the calibrated model, the rules' reasons its features
        pardon = LeftoverModel(engine.word_weights, engine.query_vector).decided
        settle = Leftovers(labels, graph.classes, engine.catalogue.ancestors, pardon).asking_nothing
        unit_kinship = UnitKinship(self.facts.figures, engine.query_vector)  # the unit a how-word asks in (qa_asked_unit)
        self.readings = Readings(self._answered, engine.word_weights, labels, engine.query_vector, config.coverage, settle,
                                 lambda step: self.facts.names_of_label.get(step, (step,)),
                                 lambda question, name, named: refers_back(question, name, self.frames.kinds, named),
                                 asked_apart, lambda rest: self.part(rest), lambda u: counted_qualifiers(u.blanked, self.lexicon),
                                 IndustryHolders(graph.industries, graph.classes, self.facts.docs).described,
                                 lambda question, unheld, answer: unit_kinship.fit(asked_units(question, unheld), answer))
        # a "yes" of shared cooperations to a claim of another relation ("hire graduates"): no verdict (qa_verdict_relation)
        self.verdicts = RelationVerdicts(graph.classes, engine.catalogue.ancestors, leftovers,
                                         lambda c: any(self.facts.figures["zh"][q]["currency"] for q in figures_of(self.facts, c)))
        self.asked_of = AskedOf(self.facts, self.lexicon)  # a how-many answered only in its measure and noun
        self.kinds_held, self.relations = KindsHeld(self.lexicon, graph), AskedRelation.of(kg)  # qa_kind_unheld, qa_asked_relation
        self.numbered = Numbered(tuple(self.facts.label(i, "zh") for i in graph.of_class({ORGANIZATION})))  # "金州二幼" (qa_numbered)
        self.owner_kinds = OwnerKinds(self.facts, graph.classes, lambda c: engine.catalogue.classes.get(c, Names()).zh)  # qa_owner_kind
        # the words a tally of participations is asked with besides what it counts (qa_tally)
        self.tally = Tally(kg, engine.catalogue, graph.of_class({PROJECT}), graph.classes, self.topic_words.of)
        self.operators = Operators(self.facts, self.lexicon, graph, self.plain, self.form, config.max_answers,
                                   aggregates=made.aggregates, own_words=made.own_words, reach=made.reach)
        self.project_parties = ProjectParties(self.facts, self.lexicon, graph, engine, config.parties)
        self.party_negation = PartyNegation(self.facts, self.lexicon, graph)
        self.later = LaterAsks(lambda iri, kinds: of_kinds(graph.classes.get(iri, ()), kinds, engine.catalogue.ancestors))
        self.profiles = ProfileCover(self.lexicon, self.facts, self.operators.profile_of, lambda iri: graph.classes.get(iri, frozenset()), config.max_answers)

    def answer(self, question: str, background: bool = False, entire: bool = True) -> Answer:
        """Answer one question; BadQuery for unusable input (empty, too long, NUL, surrogates). ``background``: its first-person statements
        read too (qa_told_apart.without_background drops them by default); ``entire``: no part of one (self.part; qa_profile_cover)."""
        validate_query(question, self.config.max_question_chars, "question")
        with one_answer():  # a step asked twice with the same arguments is computed once (search.qa_memo)
            folded = fold(question)
            # Cantonese read as Mandarin beside traditional → simplified (search.cantonese); a person called by
            # surname and post by their name (search.qa_titled_people)
            read = self.titled.named(mandarin(folded))
            framed = self.frames.read(read)  # the asker's frame is read off once: no later stage reads it
            asked = framed.asked if framed.frame else question if read == folded else read
            found = self._read(asked, normalize(asked), background, entire)  # the one normalisation: every later stage reads it
        if not framed.frame:
            return found if asked is question else replace(found, question=question)
        return replace(found, question=question, understanding={**found.understanding, "frame": list(framed.frame)})

    def _read(self, question: str, written: str, background: bool, entire: bool = True) -> Answer:
        """The answer of ``question``, normalised as ``written`` (``background``: as ``answer``)."""
        # typos in capitalised English names are corrected up front: they are unambiguous
        text = self.lexicon.acronyms_spelled_out(question, standard_wording(told_apart(written, background, self.named_party)))
        text = self.names.pinyin_named(self.speller.respell(self.scope.respelled(question, text)), self.speller.heard)
        text = self.names.pinyin_in_english(question, text, self.scope.plain)  # "the Hongmeng talent centre"
        u = first = self._placeless(understand(text, self.lexicon))  # (first: the question as asked, for qa_profile_cover)
        if (asked := self.person_back.rewrite(text, u)) != text:  # "X is quoted about …. Who is he?": what is asked (qa_person_back)
            text = written = asked
            u = first = self._placeless(understand(text, self.lexicon))
        hops: list[Hop] = []  # the chains' and sub-questions' hops put in, in order (search.qa_rewrites)
        text, u = rewritten(self, text, u, hops, lambda again: self._placeless(understand(again, self.lexicon)))
        if kept := self.subquestions.read_on(hops):  # the question read on was answered putting it in: not again
            return replace(self.chains.with_hops(kept[1], kept[0], u.lang), question=question)
        if (which := self.chains.ambiguous(text, u) or self.kinds.ambiguous(u) or self.descriptions.ambiguous(u)) is not None:
            return several_fit(question, u.lang, *which, self.facts, parse_summary(u))
        if (unfit := self.descriptions.unfit(u)) is not None:
            return fits_nothing(question, u.lang, unfit.phrase, self.topics.related(unfit.phrase), parse_summary(u))
        if (document := self._described_document(question, u)) is not None:
            return document
        # a doubtful first reading is read again and the answer covering most of the question kept (qa_readings)
        whole = self.readings.settled(question, text, u, self._answered(question, text, u))
        whole = self.relations.checked(whole, u.question)  # "who chaired it": a relation held nowhere (qa_asked_relation)
        whole = self.numbered.checked(self.verdicts.checked(whole, u), u.question)
        whole = self.modes.read(question, u, whole)  # "哪些项目是合作研发的": the projects of the mode named (qa_mode)
        whole = self.set_parties.read(text, u, whole)  # "…不是技术攻关的，合作的企业是哪家": the picked set's parties
        # still nothing and nothing refused by any reading: the answer read off the sentence stating it (qa_reader)
        anchored = frozenset((*whole.understanding.get("anchors", ()), *whole.understanding.get("constraints", ())))
        whole = read_in(self.reader, whole, u, self.kg.base_iri,
                        (read_entity, partial(read_figure, fits=self.asked_of.counts, anchored=anchored)))
        # "学生出国交换一学期的那个方案，每年去几个": a plan the graph does not hold, no other plan's figure (qa_described_plan)
        if (plan := self.described_plans.unheld(text, names_plan(u), [a["id"] for a in whole.answers], self.config.described_plan)):
            return fits_nothing(question, u.lang, plan, self.topics.related(plan), parse_summary(u))
        asks = conjoined(text, u.lang, whole, lambda part: understand(part, self.lexicon), self.part)
        found = self.profiles.reread(written, first, self.chains.with_hops(asks, hops, u.lang), entire, frozenset(h.entity for h in hops))  # a profile covering every ask
        if entire and "profile_covers" not in found.understanding:  # every ask answered, or said unanswered (qa_later_asks)
            found = self.later.read(text, u.lang, found, lambda part: understand(part, self.lexicon), self.part)
        if background or not found.answers or without_background(written) == written:
            return found  # (an empty answer is kept as it is: Readings.background_read; the question is not parsed again)
        # a name the question's background statement links, which the reading without it lost, is read with it
        names = [m.doc.iri for m in understand(written, self.lexicon).mentions]
        return self.readings.background_read(names, found, lambda: self._read(question, written, background=True))

    def _described_document(self, question: str, u: Understanding) -> Answer | None:
        """A document named by what it says, its title or issuers asked (search.qa_described_document): the issuers
        with the title stated, or the document; nothing when the question contradicts it; None when not such a question."""
        read = self.documents.read(u, self._unknown_names(question, u))
        if isinstance(read, DocumentUnfit):
            return fits_nothing(question, u.lang, read.phrase, self.topics.related(read.phrase), parse_summary(u))
        return None if read is None else replace(self._by_plan(self.form(u), read.plan()), question=question)

    def _unknown_names(self, question: str, u: Understanding) -> list[str]:
        """The spans of ``question`` shaped like names that the graph does not hold (search.qa_scope, search.qa_name_shape)."""
        return name_shaped(self.scope.unknown_names(without_fillers(question), u.blanked, u.question), question, self.scope.held, self.scope.plain)

    def _answered(self, question: str, text: str, u: Understanding) -> Answer:
        """The answer of the question as read (``text`` and its parse ``u``), relinked when nothing is found."""
        first = self._answer(question, u)
        outside = bool(first.understanding.get("outside_graph"))
        if (paired := self._paired(question, text, u, first)) is not None:
            return paired
        if (first.answers and not outside) or first.understanding.get("settled"):
            return first
        # Nothing found: perhaps a name was shortened or mistyped ("大交大", "大连理工大雪"), or a term said in other words
        relinked = self.relinking.relinked(question, text, u, first)  # search.qa_relinking
        # the names read as unknown that the relinking replaced are the graph's now, as the question writes them too
        linked = frozenset(n for n in first.understanding["outside_graph"] if relinked and normalize(n) not in relinked)
        second = self._answer(question, self._placeless(understand(relinked, self.lexicon)), linked) if relinked else None
        if outside and second is not None and not second.understanding.get("outside_graph"):
            return second
        if outside:  # names the graph lacks in a clause asking nothing: the same decision as leftover words (qa_readings)
            return self.readings.unheld(question, first, u, lambda: self._answer(question, u, aside=True))
        return second if second is not None and second.answers else first

    def _paired(self, question: str, text: str, u: Understanding, first: Answer) -> Answer | None:
        """A comparison naming fewer than two things as read, answered by figures ("Dalian Minzu or Liaoning Light
        Industry: whose tally is bigger"): the other side may be a short form of a name; when relinking the topic
        names it, the two things are compared instead of two figures. None when nothing more is named."""
        operators = set(first.understanding.get("operators", ()))
        if len(u.mentions) != 1 or not operators & {"larger", "smaller"} or "compare" in operators:
            return None
        # a weak topic anchor does not stop it: the comparison asks for a second thing, no topic; read with its
        # places, a place word may begin the name ("大连民族": 大连民族大学)
        read = understand(text, self.lexicon)
        relinked = self.names.relinked(text, read) if read.topic and read.topic != read.asked else None
        links: tuple[LinkedMention, ...] = ()
        if relinked is None and len(read.mentions) == 1:  # a word of the other side's name said alone (qa_mention_link)
            relinked, links = self.mentions.renamed(text, read, side_kinds(read.mentions[0].doc.types)) or (None, ())
        again = self._placeless(understand(relinked, self.lexicon)) if relinked else None
        if again is None or len({m.doc.iri for m in again.mentions}) < 2:
            return None
        second = self._answer(question, again)
        if not second.answers or "compare" not in second.understanding.get("operators", ()):
            return None
        return replace(second, understanding={**second.understanding, "mention_links": [m.summary() for m in links]}) if links else second

    def _answer(self, question: str, u: Understanding, linked: frozenset[str] = frozenset(), aside: bool = False) -> Answer:
        """The answer of the parse ``u`` of ``question``; ``linked``: spans of the question read as unknown names
        that a relinking found names of the graph's; ``aside``: the names the graph lacks read as if not there."""
        # only spans shaped like names ("Quick check for …", "similar names", 市里区 are the question's words)
        unknown = self._unknown_names(question, u)
        # (read as part of a name of the graph's written in other words: "the turn-mill-bore machining centre")
        unknown = [n for n in unknown if n not in self.names.overlap_read(unknown, question, u, linked)]
        unknown = [n for n in unknown if n not in self.part_names.quoted_read(unknown, question)]  # "the 'shared-type' … base"
        # "which projects did huawei sign": an unsuffixed name where a name stands, linked to nothing
        unknown = unknown or name_shaped(unlinked_names(question, u.topic, self.scope.plain), question, self.scope.held, self.scope.plain)
        # a Chinese name typed in pinyin in an English question is held (renamed before the reading: "Hongmeng")
        unknown = [n for n in unknown if not self.names.pinyin_named_in(n, self.scope.plain) and not self.name_forms.read_as(n, u.question)]
        # a part of a name the reading holds, read with its neighbours as typed ("DL海事大学": qa_described)
        unknown = self.described.unread(question, unknown, {m.doc.iri for m in u.mentions})
        if unknown and not aside:
            return nothing_about(Answer(question, understanding=parse_summary(u, unknown=unknown)), u.lang, unknown, self.topics.related(unknown[0]))
        # a person, place, event or partner standing for the organisations it picks out (qa_refs): the
        # links followed are cited beside the answer's own
        u, followed = self.operators.through_reference(self.operators.through_post(u))
        form = self.form(u)
        u, tallied = self.tally.read(u, form.operators)  # "how often does X show up among the signings" (qa_tally)
        form = self.form(u) if tallied else form
        # a project's parties by kind (qa_project_parties); else, before the operators, the projects without a party of a
        # kind (qa_party_negation: a named one's, "大职院参加的项目里哪些一家企业都没有", or any, "一所大学都没掺和的基地项目"),
        # the latter also where the parties' reading found nothing (it answers only with answers, never where scoped read)
        outcome = self.project_parties.answer(form)
        if outcome is None:
            outcome = self.party_negation.scoped(form) or self.party_negation.answer(form) or self.operators.apply(form)
        elif not outcome.answers:
            outcome = self.party_negation.answer(form) or outcome
        if outcome is None:
            planned = replace(self._planned(form), question=question)
            planned.evidence += followed if planned.answers else []
            return self._of_asked(u, planned, tallied)
        result = Answer(question, outcome.answers[: self.config.max_answers], outcome.text, outcome.evidence + (followed if outcome.answers else []),
                        outcome.sparql or sparql_prologue() + PARTICIPATION,
                        understanding={**parse_summary(u), **form.summary(linked=False, applied=outcome.applied)},
                        total=counted(outcome))
        if not result.answers:
            result.understanding["settled"] = outcome.settled
            result.related = self.topics.related(u.topic or u.question)
        return self._of_asked(u, result, tallied)

    def _of_asked(self, u: Understanding, result: Answer, tallied: Tallied | None = None) -> Answer:
        """``result``, or the honest empty answer, settled, when it is not of what is asked (search.qa_asked_of);
        ``tallied``: what the tally reading changed, noted (qa_tally)."""
        if tallied is not None:
            result.understanding["tally"] = {"dropped": list(tallied.dropped), "signings": tallied.signings}
        if (word := self.asked_of.unheld(u, result.answers)) is not None:
            text, why = refusal(word, u.lang), "not_of_asked"
        elif (word := self.kinds_held.unheld(u, result.answers, result.understanding.get("operators", ()))) is not None:  # a kind of project the party has none of
            text, why = kind_refusal(word, u.lang, u.answer_word), "kind_unheld"
        elif (word := self.owner_kinds.unfit(u, result.answers)) is not None:  # a figure of another kind's (qa_owner_kind)
            text, why = self.owner_kinds.refusal(word, result.answers, u.lang), "owner_unfit"
        else:
            return result
        return replace(result, answers=[], total=None, answer_text=text, related=self.topics.related(u.topic or u.question),
                       understanding={**result.understanding, "settled": True, why: word})

    def form(self, u: Understanding) -> LogicalForm:
        """The logical form of the parse ``u``: its operators, its places and its topic (linked when first read)."""
        u = provision_read(u)  # "how many plans will the college roll out next": no topic (search.qa_provided)
        return logical_form(u, lambda: self.anchors(u), self.lexicon, self.places(u))

    def plain(self, u: Understanding, left_out: frozenset[str] = frozenset()) -> Answer:
        """The ordinary pipeline for a parse (an operator's rephrasing of the question): its logical form, planned;
        ``left_out``: answers it is read without (search.qa_excluded)."""
        return self._planned(replace(self.form(u), left_out=left_out))

    def _planned(self, form: LogicalForm) -> Answer:
        """The ordinary pipeline from the logical form: plan → SPARQL → answers and evidence →
        sentence, each stage once."""
        return self._by_plan(form, compose(form, self.facts))

    def _by_plan(self, form: LogicalForm, plan: Plan | None) -> Answer:
        """The answer of the logical form by ``plan`` (None: no plan fits): run → answers and evidence → sentence."""
        u = form.understanding
        if plan is not None:
            plan.excluded = form.left_out
        result = Answer(u.question, understanding={**parse_summary(u, form.constraints, plan), **form.summary()})
        if plan is None:
            return self._empty(result, form)
        rows = self.rows(plan)
        result.sparql = sparql_prologue() + plan.sparql
        plan.collect(rows, result, self.facts, self.config.max_answers)
        if not result.answers and not plan.is_count and not result.evidence:
            return self._empty(result, form, plan)  # worded by the plan: "没有大连理工大学的负责人", not "合作的"
        result.answer_text = describe(form, plan, result, self.facts)
        return result

    def rows(self, plan: Plan) -> list[dict]:
        """The rows of the plan's query: read off the participation index when it answers them
        (search.qa_index), else the query run on the store."""
        return plan.index(self.operators.graph) if plan.index else self.kg.select(plan.sparql)

    def anchors(self, u: Understanding) -> list[tuple[str, float]]:
        """Industries or cooperations the question's topic names, with a confidence in [0, 1] (search.qa_anchors)."""
        return self.anchoring.anchors(u)

    def places(self, u: Understanding) -> list[str]:
        """The graph's place names the question uses, longest first, each once (search.qa_place_forms)."""
        return places_in(self.place_forms, u.question)

    def _placeless(self, u: Understanding) -> Understanding:
        """``u`` with the graph's place names out of its topic: a place says where, not what (search.qa_place_forms)."""
        return placeless(self.place_forms, u)

    def resolve_topic(self, topic: str) -> list[tuple[str, float]]:
        """The industries and cooperations a topic phrase names (search.qa_topic_resolver.TopicResolver.resolve)."""
        return self.topics.resolve(topic)

    def _empty(self, result: Answer, form: LogicalForm, plan: Plan | None = None) -> Answer:
        result.answers, result.evidence = [], []
        result.answer_text = describe(form, plan, result, self.facts)
        result.related = self.topics.related(form.understanding.topic or form.understanding.question)
        return result
