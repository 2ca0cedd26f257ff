"""The closed word tables of the scope stage (search.qa_scope), which the readings telling a name the graph lacks from
a question's own word share (qa_accounted, qa_headings, qa_name_shape, qa_overlap, qa_part_names, qa_spell): the
tagger's content tags, English name suffixes, the words that stand before a suffix naming nothing, the capitalised
words that open a sentence, abbreviations of a name's words and how many typos a name's word may carry.

Contract: constants only; queries nothing.
"""

from __future__ import annotations

from search.qa_values import EN_CURRENCY, EN_NUMBERS, EN_ORDINALS

# The tagger's tags of content words (nouns, names, verbal nouns) in a project's name.
CONTENT_TAGS = frozenset({"n", "nz", "nw", "vn", "an", "ORG", "LOC", "PER", "s"})
EN_SUFFIX_WORDS = ("university", "college", "institute", "polytechnic", "company", "corporation", "group", "consortium",
                   "city", "district", "province", "park", "school", "academy", "community",
                   # endings of a project's name ("the hydrogen refuelling station project")
                   "project", "centre", "center", "base", "platform", "laboratory", "lab",
                   "daily")  # a newspaper ("Liaoning Daily" is none the graph holds)
# Words that may stand before a name suffix in a question without naming anything ("the whole
# consortium", "this university"): a lowercase word there that is neither one of these nor a word
# of the graph's or of the reading's is a name typed in lowercase ("the shenyang consortium").
EN_MODIFIERS = frozenset({"this", "that", "these", "those", "whole", "entire", "same", "another", "other", "each",
                          "every", "its", "their", "our", "your", "my", "his", "her", "one", "some", "such", "said",
                          "top", "leading", "main", "big", "small", "famous", "only", "single", "partner", "member",
                          "many", "much", "more", "most", "few", "several", "both", "either", "neither",
                          # money's units before a name ("the 120 million yuan Liaoning … base"): a sum, no name
                          *EN_CURRENCY,
                          # words of order point back or along a list ("that last talent project", "the second school")
                          *EN_ORDINALS, "last", "next", "previous", "former", "latter", "final", "latest",
                          "aforementioned", "mentioned", "above"})
# Capitalised words that open sentences or questions, not names.
EN_FUNCTION = frozenset({"i", "according", "what", "which", "who", "whom", "whose", "how", "when", "where", "why", "is", "are",
                         "was", "were", "does", "do", "did", "can", "could", "tell", "list", "name", "give", "show",
                         "please", "the", "a", "an", "of", "and", "if", "in", "on", "at", "for", "with", "besides",
                         "apart", "except", "other", "than", "has", "have", "had", "there", "describe", "introduce",
                         "compare", "between", "about", "any", "all", "s", "among", "not", "counting", "excluding", "both", "either",
                         # possessives and pronouns opening a sentence ("My daughter studies at …")
                         "my", "our", "his", "her", "their", "we", "you", "he", "she", "they", "it", "this", "that",
                         "someone", "somebody", "everyone", "everybody", "nobody", "people",
                         # their contractions ("I'm a teacher from Chengdu": "I'm" is no name the graph lacks)
                         *(f"{w}{a}{end}" for a in "'’" for w, end in (("i", "m"), ("i", "ve"), ("i", "d"), ("i", "ll"),
                           ("we", "re"), ("we", "ve"), ("you", "re"), ("it", "s"), ("he", "s"), ("she", "s"),
                           ("they", "re"), ("that", "s"), ("there", "s"), ("let", "s"))),
                         # a confirmation tag standing as a sentence ("…. Right?", "True?"): no name
                         "true", "right", "correct", "really",
                         # words of order ("was the approval of jinpu after …": no name runs through them)
                         "before", "after", "earlier", "later", "prior",
                         # "who is behind X": who takes part, no name
                         "behind",
                         # two names set against each other ("DUT versus Dalian Jiaotong University"): no name runs through
                         "versus", "vs",
                         # months and days are dates, never names the graph should hold
                         "january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday",
                         # numbers in words are claimed or counted, never names ("were sixteen projects signed")
                         *EN_NUMBERS})
# Abbreviated words of English names ("Dalian Jiaotong Univ.").
EN_ABBREVIATIONS = {"univ": "university", "uni": "university", "corp": "corporation", "inst": "institute",
                    "tech": "technology", "intl": "international", "natl": "national", "gm": "manager"}
# An English word of a name is known with one typo in five letters ("Univeristy", "Jiatong").
EN_TYPO_LETTERS = 5
