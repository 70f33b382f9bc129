"""Commitments made at a meeting: instruments signed, invitations extended, pledges given.

A commitment is found from a trigger (a verb of signing, inviting or undertaking) inside one of
the meeting's sentences, and is kept only when

- the clause that carries it is not hoped for, demanded of others, discussed or conditional;
- it is made at the meeting, not recalled ("had invited", "as agreed", "previously signed");
- a party makes it: its subject is a participant, a collective ("the leaders", "they"), a
  participant's government or country, or a participant's reported speech ("stated that steps
  will be taken"); and
- for bare future tenses ("will", "intends to"), what is undertaken is concrete: a verb of
  provision, signing, holding or building, or an amount or a date.

One verb governing two distinct undertakings gives two commitments: each instrument of
"signed an agreement and a memorandum", each "to"-infinitive of "agreed to X and to Y".
The evidence of every commitment is its whole sentence. All patterns are compiled at import.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.countries import find_countries
from pipelines.dates import find_dates, iso_at_precision, resolve_date_expression
from pipelines.extraction import commitment_patterns as vocab
from pipelines.model import ExtractedCommitment, ExtractedParticipant


def _compile(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a pattern written with plain spaces, each standing for any white space."""
    return re.compile(pattern.replace(" ", r"\s+"), flags)


def _alternation(items: Sequence[str]) -> str:
    return "|".join(items)


_WORD = r"[\w’'().&/\-]+"
_BREAKERS = _alternation(vocab.DOCUMENT_PHRASE_BREAKERS)
_DOCUMENT_HEAD = rf"(?:{_alternation(vocab.DOCUMENT_NOUNS)})"
# A determiner, up to seven modifiers (no clause words) and an instrument's head noun.
_DOCUMENT_PHRASE = (
    rf"(?<![\w-])(?:{vocab.DOCUMENT_DETERMINERS}) (?:(?!(?:{_BREAKERS})\b){_WORD} ){{0,7}}?"
    rf"{_DOCUMENT_HEAD}(?![\w-])"
)
DOCUMENT_PHRASE = _compile(_DOCUMENT_PHRASE)
DOCUMENT_HEAD = _compile(rf"(?<![\w-]){_DOCUMENT_HEAD}(?![\w-])")
# What joins a second instrument to the first ("... and a memorandum", "as well as an ...").
COORDINATED = _compile(r"(?:,|;|\band|\bas well as|\balong with|\bplus|\bwith) (?:also )?$")
GENERIC_PLURAL = _compile(
    r"^(?:(?:several|a number of|a series of|a package of|a set of|\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|the|these|new|bilateral) )*(?:\w+ )?"
    r"(?:agreements|documents|memoranda|memorandums|MoUs|MoCs|instruments|contracts|deals"
    r"|treaties|protocols|declarations)(?: of understanding)?$"
)

SIGNED_ACTIVE = _compile(
    rf"\b(?P<verb>{_alternation(vocab.SIGNING_VERBS)}) (?:(?:also|jointly|formally|today"
    rf"|officially) )?(?=(?:{vocab.DOCUMENT_DETERMINERS}) )"
)
SIGNED_PASSIVE = _compile(
    r"\b(?P<aux>was|were|has been|have been|had been|is|are|will be|would be|to be)"
    r" (?:also |jointly |formally |officially |subsequently |then )?"
    r"(?P<verb>signed|adopted|exchanged|concluded|initialled|initialed|approved|endorsed|inked"
    r"|issued)\b"
)
SIGNING_CEREMONY = _compile(
    r"\b(?:witnessed|attended|oversaw|presided over|took part in|participated in) the"
    r" (?:signing|exchange)(?: ceremony)?(?: of)?\b"
)
BARE_INSTRUMENT = _compile(
    r"(?:^|(?<=[\s,]))(?P<head>(?:[A-Z][\w-]* )*(?:agreements|documents|memoranda|memorandums"
    r"|MoUs|MoCs|contracts|treaties|protocols|declarations|statements|instruments of"
    r" ratification))\s*$"
)
LIST_ITEM_HEAD = _compile(
    rf"(?:^|(?<=[;•\n]))\W*(?:[\w’'()\-]+ ){{0,6}}?{_DOCUMENT_HEAD}(?![\w-])"
)
ENUMERATION_OPENER = _compile(rf"\W*(?:{vocab.ENUMERATION_OPENERS})\b")

INVITATION = _compile(rf"\b(?P<verb>{vocab.INVITATION_VERBS})\b")
INVITATION_PURPOSE = _compile(
    rf"\bto (?!(?:{vocab.FLOOR_GIVING_VERBS})\b)(?:(?:{vocab.INVITATION_PURPOSES})\b|[A-Z])",
    0,
)
INVITATION_PURPOSE_CI = _compile(rf"^to (?:{vocab.INVITATION_PURPOSES})\b")

UNDERTAKING = _compile(
    rf"\b(?P<verb>{vocab.UNDERTAKING_VERBS})"
    r" (?:(?:also|further|jointly|mutually|firmly|publicly|together|both|all) )?"
    r"(?P<link>to (?:not |never )?(?=[a-z])(?P<next>[a-z][\w-]*)|that\b|on\b|upon\b)",
)
# Undertaking verbs in a finite past form; a present form needs a subject right before it.
FINITE_ENDINGS = ("ed", "ook", "agreement", "understanding", "consensus")
PRESENT_SUBJECT_BEFORE = _compile(r"\b(?:we|I|they|both|jointly|also|hereby) $")
PLEDGED_OBJECT = _compile(r"\bpledged (?!to\b|that\b|on\b|by\b)(?=[\w$€£])")
DIRECTIVE = _compile(
    rf"\b(?P<verb>{vocab.DIRECTIVE_VERBS}) (?P<object>(?:(?!to\b)[\w’'.\-]+ ){{1,10}}?)"
    r"to (?P<next>[a-z][\w-]*)"
)
ANNOUNCEMENT = _compile(rf"\b(?P<verb>{vocab.ANNOUNCING_VERBS}) (?!by\b|during\b|in\b|on\b)")
ANNOUNCED_OBJECT = _compile(
    r"^(?:that|new|a|an|additional|further|more|plans?|its|his|her|their|\$|€|£|\d"
    r"|the (?:allocation|provision|launch|creation|establishment|opening|delivery|start"
    r"|release|deployment|transfer|donation|extension|expansion|approval|decision))"
)
FUTURE = _compile(
    rf"\b(?P<marker>{vocab.FUTURE_MARKERS})"
    r" (?:(?:also|further|soon|jointly|immediately|promptly|now|then|additionally|definitely"
    r"|certainly|shortly|swiftly|quickly|urgently|continue to|start to|begin to) )*"
    r"(?:be )?(?P<verb>[a-z][\w-]*)"
)
CONCRETE_VERB_PHRASE = _compile(rf"(?:{vocab.CONCRETE_VERB_PHRASES})\b")
STEPS_BEFORE = _compile(r"\b(?:steps|measures|actions?) $")
SCHEDULE_HOLD = _compile(rf"(?:hold|held) (?:{vocab.SCHEDULED_MEETINGS})\b")
# Any word that can start a commitment, matched in the lower-cased text: sentences without one
# are skipped.
ANY_TRIGGER = _compile(
    r"\b(?:sign|adopt|conclu|exchang|approv|endors|issu|ink|initial|witness|attend|oversaw"
    r"|presided|took part|participated|invit|extended|conveyed|renewed|handed|delivered"
    r"|passed on|agree|pledg|commit|promis|undert|vow|decid|resolv|offer|reach|instruct|direct"
    r"|task|order|charg|mandat|announc|unveil|will|would|shall|intend|plan|going to|consider"
    r"|deem|find it|think it|i have|i hereby)",
    0,
)
ANY_TRIGGER_ANY_CASE = re.compile(ANY_TRIGGER.pattern, re.IGNORECASE)
FIRST_PERSON_DECISION = _compile(
    rf"\b(?:{vocab.FIRST_PERSON_DECISIONS}) (?P<next>[a-z][\w-]*)", 0
)

SECOND_INFINITIVE = _compile(r"(?:,? and|,? as well as) to (?=[a-z])")
SUBORDINATE_OPENING = _compile(rf"\W*(?:{vocab.SUBORDINATORS})\b[^,]*$")
HEDGE = _compile(rf"(?<![\w-])(?:{vocab.HEDGES})(?![\w-])")
INVITATION_HEDGE = _compile(
    r"\b(?:hope|hoped|hopes|expect|expects|expected|if|whether|possibility|proposed|suggested"
    r"|thanked|thanks|grateful|gratitude|recalled)\b"
)
NEGATION_BEFORE = _compile(rf"(?:\b(?:{vocab.NEGATIONS})|n't) (?:\w+ )?$")
NEGATION_AFTER = _compile(r"^(?:not|never)\b")
RECALL_BEFORE = _compile(rf"\b(?:{vocab.RECALL_BEFORE}) (?:(?:also|jointly|earlier) )?$")
RECALL_AFTER = _compile(rf"^(?:{vocab.RECALL_AFTER})\b")
PERFECT_BEFORE = _compile(r"\b(?:have|has|'ve) (?:(?:also|just|now|already|jointly) )?$")
MODAL_BEFORE = _compile(
    r"\b(?:will|would|shall|should|could|can|may|might|must|to|cannot|ready|able) "
    r"(?:\w+ )?$"
)
IT_WAS_BEFORE = _compile(r"\b(?:it|this) (?:was|has been|is) (?:also )?$")
NOW_MARKER = _compile(r"\b(?:today|just|now|this morning|this afternoon|at the meeting)\b")
CLAUSE_BREAK = _compile(
    r";|:(?!\d)|, (?:and|but|while|whereas|although|though) |\b(?:while|whereas|but) "
    r"|\.\.\.|[–—] |\band (?=(?:the two|both|they|he|she|it was)\b)"
)
AND_BEFORE = _compile(r"(?:,? (?:and|as well as)|,) (?:(?:also|further|then|jointly|both) )?$")
CLAUSE_END = _compile(r";|(?<=[a-z]{2})\. |, (?:which|who|while|whereas|but) ")
ANNOUNCING_CONTEXT = _compile(
    r"\b(?:announced|announces|assured|assures|pledged|promised|promises|confirmed)\b"
)
ADJECTIVAL_COMMITTED = _compile(
    r"\b(?:is|are|am|was|were|be|been|being|remain|remains|remained|stay|stays|fully|deeply"
    r"|firmly|strongly|totally|very|truly|equally|'re|'s) (?:\w+ )?$"
    r"|\b(?:is|are|am|remain|remains|remained)\b[^,;]{0,40} and $"
)
REPORTING_FRAME = _compile(
    rf"\b(?P<verb>{vocab.REPORTING_VERBS})(?: (?:\w+ ){{0,3}}?| )that (?!(?:is|are|was|were"
    r"|has|have|had|will|would)\b)"
)
ACCORDING_TO = _compile(r"\baccording to (?P<who>[\w .’'\-]{2,60}?),")
AMOUNT = _compile(
    r"[$€£]|\b(?:USD|EUR|RUB|US\$) ?\d|\b\d[\d,.]* ?(?:million|billion|trillion|thousand"
    r"|percent|per cent|%|people|persons|tonnes|tons|doses|vaccines|units|rubles|roubles|dollars"
    r"|euros|hryvnias?|rupees|troops|families|homes|schools|hospitals)\b"
)
SPEAKER_LABEL = re.compile(
    r"(?:^|(?<=[\s*.]))(?P<label>[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,6}):\s"
)
ORGANISATION_ACRONYM = re.compile(r"[A-Z]{2,6}")
SPEAKER_LABEL_END = re.compile(r"(?<=[\w.’'\-]):\s")
CAPITALISED_TOKEN = re.compile(r"[A-Z][\w’'\-]*(?:\.[A-Z][\w’'\-]*)*")
TITLE = re.compile(
    r"(?:(?:the|The)\s+)?(?:(?:Vice|Deputy|First|Prime|Foreign|Defence|Defense|Interior"
    r"|Finance|Health|Trade|Executive|Senior|Special|Assistant|Under|Acting|Chief|General"
    r"|National|Supreme)\s+)*"
    rf"(?:{vocab.TITLE_HEADS})\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)?"
)
COLLECTIVE = _compile(rf"(?<![\w-])(?:{vocab.COLLECTIVE_SUBJECTS})(?![\w-])")
PRONOUN = re.compile(r"(?<![\w-])(?P<word>[Hh]e|[Ss]he|I|[Ww]e|[Yy]ou)(?![\w-])")
GOVERNMENT = _compile(rf"(?<![\w-])(?:{vocab.GOVERNMENT_NOUNS})(?![\w-])")
PREPOSITION_BEFORE = _compile(
    r"\b(?:to|with|for|of|by|from|on|about|towards|toward|at|in|into|than|between|among"
    r"|like|thanked|congratulated|invited|told|informed|urged|asked|welcomed|received|met"
    r"|greeted|briefed|updated)"
    r"(?: (?:the|his|her|their|its|our|both|all|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.?))*"
    r" (?:[A-Z][\w’'.\-]* )*$"
)
POSSESSIVE_AFTER = re.compile(r"^(?:’s|'s|’|')(?!\w)")
MENTION_GAP = re.compile(
    r"^[\s,]*(?:and|&|as well as)?[\s,]*(?:(?:[A-Z][\w’'.\-]*|of|the|Dr\.?|Mr\.?|Ms\.?)\s+)*$"
)
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "h.e", "he", "sir", "madam", "his", "her", "excellency", "hon",
     "prof", "jr", "sr", "ii", "iii", "de", "da", "van", "von", "bin", "al", "el", "the"}
)

# Period phrases around a due date that the date grammar resolves from their core words.
DUE_PHRASES = _compile(
    r"\b(?:by |until |before |in |during )?(?:the )?(?:end|middle|beginning|start|first half"
    r"|second half) of (?:(?P<month>January|February|March|April|May|June|July|August"
    r"|September|October|November|December)|(?P<period>this year|the year|next year|this month"
    r"|next month|next week|this week|the week|the month)|(?P<year>(?:19|20)\d{2}))\b"
    r"|\b(?P<bare>later this (?:week|month|year)|this (?:week|month|year)|next (?:week|month"
    r"|year)|(?:early|late|mid-?) ?next year|throughout the day|later today|in the coming"
    r" (?:days|weeks|months))\b"
)
# Core words a period phrase stands for when resolved.
DUE_CORES = {
    "this year": "this year", "the year": "this year", "next year": "next year",
    "this month": "this month", "next month": "next month", "next week": "next week",
    "this week": "this week", "the week": "this week", "the month": "this month",
    "throughout the day": "today", "later today": "today",
}
DESCRIPTION_LIMIT = 160


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    kind: str  # name | title | collective | pronoun | country | government | organisation
    indexes: tuple[int, ...]


@dataclass
class _Candidate:
    type: str
    trigger_start: int
    scope_end: int  # end of what the trigger governs (for one-undertaking dedup)
    description: str
    due: str | None
    evidence: tuple[int, int]
    actors: tuple[int, ...]
    counterparts: tuple[int, ...]


def find_commitments(
    text: str,
    sentences: Sequence[tuple[int, int]],
    participants: Sequence[ExtractedParticipant],
    reference_date: dt.date | None,
) -> list[ExtractedCommitment]:
    """Commitments made at one meeting, from the meeting's sentences of `text`.

    Actors and counterparts are indexes into `participants`; `due` is resolved against
    `reference_date` (the meeting's or the publication's date). Pure and deterministic.
    """
    ordered = sorted(sentences)
    finder = _Finder(text, participants, reference_date, ordered)
    candidates: list[_Candidate] = []
    for position in range(len(ordered)):
        candidates.extend(finder.sentence_commitments(position))
    return [
        ExtractedCommitment(
            type=c.type,
            description=c.description,
            due=c.due,
            evidence_start=c.evidence[0],
            evidence_end=c.evidence[1],
            actors=list(c.actors),
            counterparts=list(c.counterparts),
        )
        for c in _one_per_undertaking(candidates)
    ]


def _one_per_undertaking(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop pledges inside another pledge's scope, and pledges to sign a reported instrument."""
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.evidence[0], c.trigger_start)):
        if candidate.type == "pledge" and any(
            other.type == "pledge"
            and other.evidence == candidate.evidence
            and other.trigger_start < candidate.trigger_start < other.scope_end
            for other in kept
        ):
            continue
        if candidate.type == "agreement" and any(
            other.type == "agreement"
            and other.evidence == candidate.evidence
            and other.description == candidate.description
            for other in kept
        ):
            continue
        kept.append(candidate)
    signed_heads = {_head_key(c.description) for c in kept if c.type == "agreement"}
    return [
        c
        for c in kept
        if not (c.type == "pledge" and _mentions_signed_instrument(c.description, signed_heads))
    ]


def _head_key(phrase: str) -> str:
    heads = DOCUMENT_HEAD.findall(phrase)
    return heads[-1].lower().rstrip("s") if heads else ""


def _mentions_signed_instrument(description: str, signed_heads: set[str]) -> bool:
    if not signed_heads or not re.search(r"\b(?:sign|adopt|conclude)\b", description, re.I):
        return False
    return any(head.lower().rstrip("s") in signed_heads for head in DOCUMENT_HEAD.findall(
        description
    ))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip(".’'")


class _Finder:
    """Per-meeting state: participant indexes, speaker labels, the last named subject."""

    def __init__(
        self,
        text: str,
        participants: Sequence[ExtractedParticipant],
        reference_date: dt.date | None,
        sentences: Sequence[tuple[int, int]],
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.position = 0  # index of the sentence being read
        self.sentence_subjects: dict[int, tuple[int, ...]] = {}
        self.mention_cache: dict[tuple[int, int], list[_Mention]] = {}
        lowered = text.lower()
        if len(lowered) == len(text):
            self.trigger_positions = [m.start() for m in ANY_TRIGGER.finditer(lowered)]
        else:  # a character whose lower case is longer would shift the offsets
            self.trigger_positions = [m.start() for m in ANY_TRIGGER_ANY_CASE.finditer(text)]
        self.participants = participants
        self.reference = reference_date
        self.everyone = tuple(range(len(participants)))
        self.name_tokens = self._name_index()
        self.acronyms = self._organisation_acronyms()
        self.speakers = self._speaker_labels()

    # --- participant indexes --------------------------------------------------------------

    def _name_index(self) -> dict[str, set[int]]:
        index: dict[str, set[int]] = {}
        for i, participant in enumerate(self.participants):
            for name in (participant.name, participant.name_as_written):
                for token in re.findall(r"[\w’'\-]+", name or ""):
                    folded = _fold(token)
                    if len(folded) >= 2 and folded not in HONORIFICS and token[0].isupper():
                        index.setdefault(folded, set()).add(i)
        return index

    def _organisation_acronyms(self) -> dict[str, set[int]]:
        acronyms: dict[str, set[int]] = {}
        for i, participant in enumerate(self.participants):
            words = re.findall(r"[A-Z][\w-]*", participant.organization or "")
            if len(words) >= 2:
                acronyms.setdefault("".join(w[0] for w in words), set()).add(i)
        return acronyms

    def _speaker_labels(self) -> list[tuple[int, tuple[int, ...]]]:
        labels = []
        for colon in SPEAKER_LABEL_END.finditer(self.text):
            match = SPEAKER_LABEL.search(self.text, max(0, colon.start() - 120), colon.end())
            if match is None or match.end() != colon.end():
                continue
            tokens = CAPITALISED_TOKEN.findall(match.group("label"))
            found = self._names_for_tokens(tokens[-3:])
            if found:
                labels.append((match.end(), found))
        return labels

    def _names_for_tokens(self, tokens: Sequence[str]) -> tuple[int, ...]:
        sets = [self.name_tokens[_fold(t)] for t in tokens if _fold(t) in self.name_tokens]
        if not sets:
            return ()
        common = set.intersection(*sets)
        chosen = common or max(sets, key=len)
        return tuple(sorted(chosen)) if len(chosen) <= 2 or common else ()

    def _speaker_at(self, position: int) -> tuple[int, ...]:
        current: tuple[int, ...] = ()
        for label_end, indexes in self.speakers:
            if label_end > position:
                break
            current = indexes
        return current

    def _by_role(self, title: str) -> tuple[int, ...]:
        words = {w for w in re.findall(r"[a-z]+", title.lower()) if w not in ("the", "of")}
        if not words:
            return ()
        ranked = []
        for i, participant in enumerate(self.participants):
            role_words = set(re.findall(r"[a-z]+", (participant.role or "").lower()))
            written = set(re.findall(r"[a-z]+", (participant.name_as_written or "").lower()))
            pool = role_words or written
            if words <= pool:
                ranked.append((len(pool - words), i))
        if not ranked:
            return ()
        best = min(rank for rank, _ in ranked)
        return (min(i for rank, i in ranked if rank == best),)

    def _by_country(self, code: str) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(self.participants) if p.country_code == code)

    # --- mentions -------------------------------------------------------------------------

    def _mentions(self, start: int, end: int) -> list[_Mention]:
        """People and parties named in text[start:end], in order, without overlaps."""
        key = (start, end)
        if key not in self.mention_cache:
            self.mention_cache[key] = self._find_mentions(start, end, people_only=False)
        return self.mention_cache[key]

    def _find_mentions(self, start: int, end: int, people_only: bool) -> list[_Mention]:
        text = self.text
        found: list[_Mention] = []
        for match in CAPITALISED_TOKEN.finditer(text, start, end):
            indexes = self.name_tokens.get(_fold(match.group(0)))
            if indexes:
                found.append(_Mention(match.start(), match.end(), "name", tuple(sorted(indexes))))
            elif match.group(0).replace(".", "") in self.acronyms:
                indexes = self.acronyms[match.group(0).replace(".", "")]
                found.append(
                    _Mention(match.start(), match.end(), "organisation", tuple(sorted(indexes)))
                )
            elif ORGANISATION_ACRONYM.fullmatch(match.group(0)):
                found.append(_Mention(match.start(), match.end(), "organisation", ()))
        found = [self._by_nearby_country(m) for m in self._merge_names(found)]
        for match in TITLE.finditer(text, start, end):
            found.append(_Mention(match.start(), match.end(), "title", self._by_role(match[0])))
        if people_only:
            return self._resolve_overlaps(found)
        for match in COLLECTIVE.finditer(text, start, end):
            word = match.group(0).lower()
            if word == "they" and self._speaker_at(match.start()):
                # In a transcript "they" are people the speaker talks about.
                found.append(_Mention(match.start(), match.end(), "third_plural", ()))
                continue
            found.append(_Mention(match.start(), match.end(), "collective", self.everyone))
        for match in PRONOUN.finditer(text, start, end):
            word = match.group("word").lower()
            if word in ("he", "she"):
                found.append(_Mention(match.start(), match.end(), "pronoun",
                                    self._previous_subject()))
            elif word == "you":
                found.append(_Mention(match.start(), match.end(), "second_person", ()))
            else:
                speaker = self._speaker_at(match.start())
                kind = "first_singular" if word == "i" else "first_plural"
                found.append(_Mention(match.start(), match.end(), kind, speaker))
        for c_start, c_end, code in find_countries(text, start, end):
            found.append(_Mention(c_start, c_end, "country", self._by_country(code)))
        for match in GOVERNMENT.finditer(text, start, end):
            found.append(_Mention(match.start(), match.end(), "government", ()))
        return self._resolve_overlaps(found)

    def _by_nearby_country(self, mention: _Mention) -> _Mention:
        """'U.S. Special Representative Kim' among two Kims: the one serving that country."""
        if mention.kind != "name" or len(mention.indexes) < 2:
            return mention
        window_start = max(0, mention.start - 60)
        codes = [code for _, _, code in find_countries(self.text, window_start, mention.start)]
        if codes:
            chosen = tuple(i for i in mention.indexes
                           if self.participants[i].country_code == codes[-1])
            if chosen:
                return _Mention(mention.start, mention.end, mention.kind, chosen)
        return mention

    def _merge_names(self, tokens: list[_Mention]) -> list[_Mention]:
        merged: list[_Mention] = []
        for mention in tokens:
            previous = merged[-1] if merged else None
            if (
                previous
                and previous.kind == mention.kind == "name"
                and re.fullmatch(r"[\s.A-Z]*", self.text[previous.end : mention.start])
            ):
                common = set(previous.indexes) & set(mention.indexes)
                indexes = tuple(sorted(common)) if common else previous.indexes
                merged[-1] = _Mention(previous.start, mention.end, "name", indexes)
            else:
                merged.append(mention)
        return merged

    def _resolve_overlaps(self, found: list[_Mention]) -> list[_Mention]:
        priority = {"name": 0, "organisation": 1, "title": 2, "country": 3, "collective": 4,
                    "government": 5, "pronoun": 6, "first_singular": 6, "first_plural": 6,
                    "second_person": 6, "third_plural": 6}
        found.sort(key=lambda m: (m.start, priority[m.kind], -m.end))
        kept: list[_Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                last = kept[-1]
                # A title directly before a name is part of that name's mention.
                if last.kind == "title" and mention.kind == "name":
                    kept[-1] = _Mention(last.start, max(last.end, mention.end), "name",
                                        mention.indexes)
                continue
            if (
                kept
                and (
                    mention.kind in ("name", "government")
                    and kept[-1].kind in ("title", "country")
                    or mention.kind == "title" and kept[-1].kind == "country"
                )
                and re.fullmatch(r"\s+(?:(?:Dr|Mr|Ms|Mrs|H\.E)\.?\s+)?",
                                 self.text[kept[-1].end : mention.start])
            ):
                # "Secretary Blinken", "the New Zealand government", "U.S. Special Envoy".
                last = kept[-1]
                indexes = mention.indexes if mention.kind != "government" else last.indexes
                if mention.kind == "title" and last.indexes:
                    indexes = tuple(i for i in indexes if i in last.indexes) or last.indexes
                kind = mention.kind
                if kind == "government" and last.kind == "country" and not indexes:
                    kind = "foreign_government"
                kept[-1] = _Mention(last.start, mention.end, kind, indexes)
                continue
            kept.append(mention)
        return kept

    def _subject(
        self, sentence_start: int, clause_start: int, trigger: int, fallback: bool = True
    ) -> _Mention | None:
        """The nearest subject-like mention before the trigger: in the clause, else (with
        `fallback`) the sentence's first subject."""
        mentions = [m for m in self._mentions(sentence_start, trigger) if m.end <= trigger]
        subjects = [m for m in mentions if self._is_subject_position(m, sentence_start)]
        in_clause = [m for m in subjects if m.start >= clause_start]
        if not in_clause and not fallback:
            return None
        chosen = in_clause[-1] if in_clause else (subjects[0] if subjects else None)
        if chosen is None:
            return None
        group = [chosen]
        for mention in reversed(mentions):
            if mention.end > group[0].start:
                continue
            gap = self.text[mention.end : group[0].start]
            if mention.kind in ("name", "title", "country") and MENTION_GAP.match(gap) and (
                "and" in gap or "," in gap or "&" in gap
            ):
                group.insert(0, mention)
            else:
                break
        if len(group) == 1:
            return chosen
        indexes = tuple(sorted({i for m in group for i in m.indexes}))
        return _Mention(group[0].start, chosen.end, "group", indexes)

    def _is_subject_position(self, mention: _Mention, sentence_start: int) -> bool:
        before = self.text[max(sentence_start, mention.start - 80) : mention.start]
        if PREPOSITION_BEFORE.search(before):
            return False
        return not POSSESSIVE_AFTER.match(self.text[mention.end : mention.end + 3])

    # --- per sentence ---------------------------------------------------------------------

    def sentence_commitments(self, position: int) -> list[_Candidate]:
        """Commitments of the sentence at `position` in the meeting's sentences."""
        self.position = position
        start, end = self.sentences[position]
        first = bisect.bisect_left(self.trigger_positions, start)
        if first == len(self.trigger_positions) or self.trigger_positions[first] >= end:
            return []
        following = self.sentences[position + 1] if position + 1 < len(self.sentences) else None
        found: list[_Candidate] = []
        found.extend(self._agreements(start, end, following))
        found.extend(self._invitations(start, end))
        found.extend(self._pledges(start, end))
        return found

    def _previous_subject(self) -> tuple[int, ...]:
        """The participant that 'he' or 'she' refers to: the last one named as the subject of
        an earlier sentence."""
        for position in range(self.position - 1, -1, -1):
            if position not in self.sentence_subjects:
                start, end = self.sentences[position]
                subject: tuple[int, ...] = ()
                for mention in self._find_mentions(start, end, people_only=True):
                    if self._is_subject_position(mention, start):
                        if len(mention.indexes) == 1:
                            subject = mention.indexes
                        break
                self.sentence_subjects[position] = subject
            if self.sentence_subjects[position]:
                return self.sentence_subjects[position]
        return ()

    def _clause_start(self, sentence_start: int, trigger: int) -> int:
        if AND_BEFORE.search(self.text, sentence_start, trigger):
            return trigger
        last = sentence_start
        for match in CLAUSE_BREAK.finditer(self.text, sentence_start, trigger):
            last = match.end()
        return last

    def _clause_end(self, position: int, sentence_end: int) -> int:
        match = CLAUSE_END.search(self.text, position, sentence_end)
        return match.start() if match else sentence_end

    def _before(self, sentence_start: int, position: int, width: int = 60) -> str:
        return self.text[max(sentence_start, position - width) : position]

    def _blocked(self, sentence_start: int, trigger: int, hedge: re.Pattern[str]) -> bool:
        """Whether the trigger is hedged, negated or recalled in its own clause."""
        clause_start = self._clause_start(sentence_start, trigger)
        before = self._before(sentence_start, trigger)
        if NEGATION_BEFORE.search(before):
            return True
        if SUBORDINATE_OPENING.match(self.text, clause_start, trigger):
            return True
        return bool(hedge.search(self.text, clause_start, trigger))

    def _is_recalled(self, sentence_start: int, trigger: int, verb_end: int, end: int) -> bool:
        before = self._before(sentence_start, trigger)
        after = self.text[verb_end:end].lstrip()
        if RECALL_BEFORE.search(before) and not IT_WAS_BEFORE.search(before):
            return True
        return bool(RECALL_AFTER.match(after))

    def _earlier_date_in(self, start: int, end: int) -> bool:
        """Whether text[start:end] dates something well before the reference date."""
        if self.reference is None:
            return False
        slack = dt.timedelta(days=7)
        for mention in find_dates(self.text, self.reference, start, end, prefer="past"):
            if (
                mention.date
                and not mention.relative
                and mention.date + slack < self.reference
                and (mention.precision == "day" or mention.date.year < self.reference.year)
            ):
                return True
        return False

    def _due(self, start: int, end: int) -> str | None:
        """The first date on or after the reference date in text[start:end], as ISO text.

        Dates come from pipelines.dates; period phrases it does not parse ("by the end of
        August", "later this week") are passed to it as their core words ("August")."""
        found: list[tuple[int, str]] = []
        for mention in find_dates(self.text, self.reference, start, end, prefer="future"):
            if mention.date is None:
                continue
            if (
                self.reference is None
                or mention.date >= self.reference - dt.timedelta(days=1)
                or (mention.precision in ("month", "year")
                    and _same_period(mention.date, self.reference, mention.precision))
            ):
                found.append((mention.start, mention.iso))
        for match in DUE_PHRASES.finditer(self.text, start, end):
            core = (
                match.group("month")
                or match.group("year")
                or DUE_CORES.get(" ".join((match.group("period") or "").lower().split()))
            )
            if match.group("bare"):
                core = _bare_due_core(match.group("bare"))
            if core == "this year" and self.reference is not None:
                core = str(self.reference.year)  # the grammar reads "this year" as the next
            if core:
                date, precision = resolve_date_expression(core, self.reference, prefer="future")
                if date is not None:
                    found.append((match.start() + 1, iso_at_precision(date, precision)))
        return min(found)[1] if found else None

    def _describe(self, start: int, end: int) -> str:
        words = " ".join(self.text[start:end].split()).strip(" ,;.")
        words = re.sub(r"(?:,|\band|\bas well as|\balong with)$", "", words).strip(" ,;")
        if len(words) <= DESCRIPTION_LIMIT:
            return words
        cut = words[:DESCRIPTION_LIMIT].rsplit(" ", 1)[0]
        return cut.rstrip(" ,;")

    def _others(self, actors: Sequence[int]) -> tuple[int, ...]:
        """Counterparts of a one-sided undertaking: the participants of the other sides."""
        if not actors or set(actors) == set(self.everyone):
            return ()
        actor_countries = {self.participants[i].country_code for i in actors}
        others = [i for i in self.everyone if i not in actors]
        if None not in actor_countries:
            foreign = [i for i in others if self.participants[i].country_code not in
                       actor_countries]
            if foreign or any(self.participants[i].country_code for i in others):
                return tuple(foreign)
        return tuple(others) if len(others) == 1 else ()

    def _actors_of(self, subject: _Mention | None) -> tuple[int, ...]:
        if subject is None:
            return ()
        if subject.kind == "first_plural":
            return self.everyone
        return subject.indexes

    # --- agreements -----------------------------------------------------------------------

    def _agreements(
        self, start: int, end: int, following: tuple[int, int] | None
    ) -> list[_Candidate]:
        found: list[_Candidate] = []
        for match in SIGNED_ACTIVE.finditer(self.text, start, end):
            trigger = match.start("verb")
            before = self._before(start, trigger)
            if MODAL_BEFORE.search(before) or self._is_recalled(start, trigger, match.end(), end):
                continue
            if PERFECT_BEFORE.search(before) and not NOW_MARKER.search(self.text, start, end):
                continue
            if self._blocked(start, trigger, HEDGE):
                continue
            clause_start = self._clause_start(start, trigger)
            subject = self._subject(start, clause_start, trigger)
            if subject is None or subject.kind in ("first_singular",):
                continue
            if subject.kind == "first_plural" and not NOW_MARKER.search(self.text, start, end):
                continue
            object_end = self._clause_end(match.end(), end)
            phrases = self._instrument_phrases(match.end(), object_end, anchored=True)
            if not phrases or self._earlier_date_in(match.end(), object_end):
                continue
            actors = self._actors_of(subject)
            found.extend(
                self._agreement_items(phrases, trigger, (start, end), actors, following)
            )
        for match in SIGNED_PASSIVE.finditer(self.text, start, end):
            aux = match.group("aux").lower().split()
            if aux[0] in ("had", "will", "would", "to") or "had" in aux:
                continue
            if self._blocked(start, match.start(), HEDGE):
                continue
            subject_start = self._clause_start(start, match.start())
            phrases = self._instrument_phrases(subject_start, match.start(), anchored=False)
            if not phrases:
                phrases = self._bare_instruments(subject_start, match.start())
            if not phrases:
                continue
            after_end = self._clause_end(match.end(), end)
            if RECALL_AFTER.match(self.text[match.end() : after_end].lstrip()) and not re.match(
                r"\s*by\s", self.text[match.end() : after_end]
            ):
                continue
            if re.search(r"\b(?:previously|earlier|last year|already)\b",
                         self.text[start:after_end], re.I):
                continue
            if self._earlier_date_in(match.end(), after_end):
                continue
            if self._anaphoric(phrases, start):
                continue
            actors = self._passive_actors(match.end(), after_end)
            found.extend(
                self._agreement_items(phrases, phrases[0][0], (start, end), actors, following)
            )
        for match in SIGNING_CEREMONY.finditer(self.text, start, end):
            object_end = self._clause_end(match.end(), end)
            phrases = self._instrument_phrases(match.end(), object_end, anchored=True)
            if not phrases or self._blocked(start, match.start(), HEDGE):
                continue
            subject = self._subject(start, self._clause_start(start, match.start()),
                                    match.start())
            found.extend(
                self._agreement_items(
                    phrases, match.start(), (start, end), self._actors_of(subject), following
                )
            )
        return found

    def _anaphoric(self, phrases: list[tuple[int, int]], sentence_start: int) -> bool:
        """'The agreements were exchanged by ...' repeats instruments already reported."""
        first = self.text[phrases[0][0] : phrases[0][1]]
        if not re.match(r"(?i)(?:the|these|those|such|both) ", first):
            return False
        head = _head_key(first)
        earlier = self.text[max(0, sentence_start - 1500) : sentence_start]
        return bool(head) and re.search(
            rf"(?i)\b{re.escape(head)}s?\b[^.]*?\b(?:signed|adopted|exchanged|concluded)\b",
            earlier,
        ) is not None

    def _passive_actors(self, start: int, end: int) -> tuple[int, ...]:
        """Agents of a passive signing ('exchanged by A and B'), else every participant."""
        agent = re.match(r"\s+by\s", self.text[start:end])
        if agent:
            indexes = {i for m in self._mentions(start, end) for i in m.indexes
                       if m.kind in ("name", "title")}
            if indexes:
                return tuple(sorted(indexes))
        return self.everyone

    def _bare_instruments(self, start: int, end: int) -> list[tuple[int, int]]:
        """A passive subject without determiner: '..., agreements were exchanged'."""
        match = BARE_INSTRUMENT.search(self.text, start, end)
        return [(match.start("head"), match.end("head"))] if match else []

    def _instrument_phrases(
        self, start: int, end: int, anchored: bool, close_clause: bool = True
    ) -> list[tuple[int, int]]:
        """Noun phrases of distinct instruments in text[start:end]: the first (at `start` when
        anchored), then each one joined to it by a coordinator."""
        phrases: list[tuple[int, int]] = []
        for match in DOCUMENT_PHRASE.finditer(self.text, start, end):
            if not phrases:
                if anchored and self.text[start : match.start()].strip():
                    return []
                phrases.append((match.start(), match.end()))
                continue
            between = self.text[phrases[-1][1] : match.start()]
            prefix = self.text[max(start, match.start() - 20) : match.start()]
            if COORDINATED.search(prefix) and not re.search(r"\b(?:on|of|between)\s*$",
                                                            between):
                phrases.append((match.start(), match.end()))
        if not anchored and close_clause and phrases:
            # Passive subject: the instrument must close the clause before the auxiliary.
            tail = self.text[phrases[-1][1] : end]
            if len(tail.split()) > 12:
                return []
        return phrases

    def _enumerated(
        self,
        phrases: list[tuple[int, int]],
        sentence: tuple[int, int],
        following: tuple[int, int] | None,
    ) -> tuple[list[tuple[int, int]], tuple[int, int]]:
        """The instruments a generic plural ("agreements were exchanged", "the following
        documents were signed:") stands for, when a list after a colon or the next sentence
        ("This included ...") names them; else the plural itself."""
        colon = self.text.find(":", phrases[0][1], sentence[1])
        if colon >= 0:
            listed = self._listed_instruments(colon + 1, sentence[1])
            if listed:
                return listed, sentence
        if following is not None:
            opener = ENUMERATION_OPENER.match(self.text, following[0], following[1])
            if opener or (colon >= 0 and not self.text[colon + 1 : sentence[1]].strip()):
                listed = self._listed_instruments(following[0], following[1])
                if listed:
                    return listed, (sentence[0], following[1])
        return phrases, sentence

    def _listed_instruments(self, start: int, end: int) -> list[tuple[int, int]]:
        found = self._instrument_phrases(start, end, anchored=False, close_clause=False)
        return found or [(m.start(), m.end()) for m in LIST_ITEM_HEAD.finditer(self.text, start,
                                                                              end)]

    def _agreement_items(
        self,
        phrases: list[tuple[int, int]],
        trigger: int,
        sentence: tuple[int, int],
        actors: tuple[int, ...],
        following: tuple[int, int] | None,
    ) -> list[_Candidate]:
        evidence = sentence
        phrase = " ".join(self.text[phrases[0][0] : phrases[0][1]].split())
        if len(phrases) == 1 and GENERIC_PLURAL.match(phrase):
            phrases, evidence = self._enumerated(phrases, sentence, following)
        items = []
        for number, (phrase_start, phrase_end) in enumerate(phrases):
            description_end = self._clause_end(phrase_end, evidence[1])
            if number + 1 < len(phrases):
                description_end = min(description_end, phrases[number + 1][0])
            description_end = min(description_end, phrase_end + 100)
            items.append(
                _Candidate(
                    type="agreement",
                    trigger_start=trigger,
                    scope_end=phrase_end,
                    description=self._describe(phrase_start, description_end),
                    due=None,
                    evidence=evidence,
                    actors=actors,
                    counterparts=(),
                )
            )
        return items

    # --- invitations ----------------------------------------------------------------------

    def _invitations(self, start: int, end: int) -> list[_Candidate]:
        found = []
        for match in INVITATION.finditer(self.text, start, end):
            trigger, verb_end = match.start(), match.end()
            verb = match.group("verb").lower()
            before = self._before(start, trigger)
            if verb.startswith("invit"):
                if re.search(r"\b(?:was|were|been|being|is|are|be|had|for|the|his|her|their|an|of"
                             r"|at|by)\s+(?:(?:also|officially|formally|kindly)\s+)?$", before,
                             re.I):
                    continue
                if re.match(r"\s+by\b", self.text[verb_end:end]):
                    continue
            if NEGATION_BEFORE.search(before):
                continue
            clause_end = self._clause_end(verb_end, end)
            purpose = INVITATION_PURPOSE.search(self.text, verb_end, min(clause_end,
                                                                         verb_end + 120))
            if verb.startswith("invit") and purpose is None:
                continue
            if self._blocked(start, trigger, INVITATION_HEDGE):
                continue
            if self._earlier_date_in(verb_end, clause_end):
                continue
            subject = self._subject(start, self._clause_start(start, trigger), trigger)
            actors = self._actors_of(subject)
            object_end = purpose.start() if purpose else clause_end
            counterparts = self._invitees(verb_end, object_end, actors)
            found.append(
                _Candidate(
                    type="invitation",
                    trigger_start=trigger,
                    scope_end=clause_end,
                    description=self._describe(trigger, clause_end),
                    due=self._due(verb_end, clause_end),
                    evidence=(start, end),
                    actors=actors,
                    counterparts=counterparts,
                )
            )
        return found

    def _invitees(self, start: int, end: int, actors: tuple[int, ...]) -> tuple[int, ...]:
        named = {i for m in self._mentions(start, end) if m.kind in ("name", "title", "group")
                 for i in m.indexes if i not in actors}
        if named:
            return tuple(sorted(named))
        obj = self.text[start:end]
        if re.search(r"\b(?:you|him|her|them|his counterpart|her counterpart|counterparts?)\b",
                     obj, re.I):
            return self._others(actors)
        return ()

    # --- pledges --------------------------------------------------------------------------

    def _pledges(self, start: int, end: int) -> list[_Candidate]:
        found: list[_Candidate] = []
        found.extend(self._undertakings(start, end))
        found.extend(self._directives(start, end))
        found.extend(self._announcements(start, end))
        found.extend(self._futures(start, end))
        found.extend(self._first_person_decisions(start, end))
        return found

    def _pledge(
        self, trigger: int, scope_start: int, start: int, end: int, actors: tuple[int, ...],
        counterparts: tuple[int, ...] | None = None, split_infinitives: bool = True,
    ) -> list[_Candidate]:
        """One pledge, or one per "to"-infinitive joined by "and to" / "as well as to" when the
        later one is a distinct concrete action ("... and to hold a forum")."""
        clause_end = self._clause_end(scope_start, end)
        pieces = [trigger]
        for split in SECOND_INFINITIVE.finditer(self.text, scope_start, clause_end):
            if split_infinitives and _is_concrete(self.text, split.end(), clause_end):
                pieces.append(split.start())
        if counterparts is None:
            counterparts = self._others(actors)
        items = []
        for number, piece_start in enumerate(pieces):
            piece_end = pieces[number + 1] if number + 1 < len(pieces) else clause_end
            items.append(
                _Candidate(
                    type="pledge",
                    trigger_start=piece_start,
                    scope_end=piece_end,
                    description=self._describe(piece_start, piece_end),
                    due=self._due(scope_start, clause_end),
                    evidence=(start, end),
                    actors=actors,
                    counterparts=counterparts,
                )
            )
        return items

    def _undertakings(self, start: int, end: int) -> list[_Candidate]:
        found = []
        for match in UNDERTAKING.finditer(self.text, start, end):
            trigger, verb = match.start(), match.group("verb").lower()
            link = match.group("link").lower()
            before = self._before(start, trigger)
            it_was = IT_WAS_BEFORE.search(before)
            if not it_was and self._is_recalled(start, trigger, match.end("verb"), end):
                continue
            if MODAL_BEFORE.search(before):
                continue
            if not verb.endswith(FINITE_ENDINGS) and not PRESENT_SUBJECT_BEFORE.search(before):
                continue
            if verb == "committed" and ADJECTIVAL_COMMITTED.search(before):
                context = self.text[self._clause_start(start, trigger) : trigger]
                if not ANNOUNCING_CONTEXT.search(context) and not ANNOUNCING_CONTEXT.search(
                    before
                ):
                    continue
            if link.startswith("to") and not self._undertakes_action(verb, match.group("next")):
                continue
            scope_end = self._clause_end(match.end(), end)
            if link == "on" and not _agreed_on_action(self.text[match.end() : scope_end]):
                continue
            if link == "upon":
                continue
            if link == "that" and not self._that_clause_undertakes(match.end(), scope_end):
                continue
            if self._blocked(start, trigger, HEDGE):
                continue
            clause_start = self._clause_start(start, trigger)
            if it_was:
                actors = self.everyone
            else:
                subject = self._subject(start, clause_start, trigger)
                if subject is None or not self._is_party(subject):
                    continue
                if verb.startswith("decid") and not self._may_decide(subject, before):
                    continue
                actors = self._actors_of(subject)
            found.extend(self._pledge(trigger, match.end("verb"), start, end, actors))
        for match in PLEDGED_OBJECT.finditer(self.text, start, end):
            trigger = match.start()
            if self._is_recalled(start, trigger, trigger + 7, end):
                continue
            if self._blocked(start, trigger, HEDGE):
                continue
            subject = self._subject(start, self._clause_start(start, trigger), trigger)
            if subject is None or not self._is_party(subject):
                continue
            found.extend(self._pledge(trigger, match.end(), start, end,
                                      self._actors_of(subject)))
        return found

    def _may_decide(self, subject: _Mention, before: str) -> bool:
        """'Decided' is a pledge from the parties; a government's or a speaker's past decision
        ("the Government decided to introduce quotas") is background."""
        if subject.kind in ("first_singular", "first_plural"):
            return bool(PERFECT_BEFORE.search(before))
        return subject.kind in ("name", "title", "group", "collective", "pronoun")

    def _undertakes_action(self, verb: str, following: str | None) -> bool:
        if not following:
            return False
        if following in ("the", "a", "an", "this", "that", "these", "those", "its", "their",
                         "our", "his", "her", "it", "them", "what", "which", "peace", "such"):
            return False
        if verb.startswith("commit"):
            return following.endswith("ing") or following in vocab.COMMITTED_TO_VERBS
        return True

    def _that_clause_undertakes(self, start: int, end: int) -> bool:
        """'agreed that they and their teams would consult': a party's future action."""
        clause = self.text[start:end]
        future = re.search(r"\b(?:will|would|shall)\s+(?:\w+\s+)?[a-z]", clause)
        if not future:
            return False
        subject_text = clause[: future.start()]
        return bool(
            re.match(r"\s*(?:they|we|both|the two|the (?:parties|sides|leaders|teams)|their"
                     r" teams|each side)\b", subject_text, re.I)
        ) and len(subject_text.split()) <= 8

    def _is_party(self, subject: _Mention) -> bool:
        if subject.kind in ("collective", "group", "first_plural", "first_singular",
                            "pronoun", "government", "organisation"):
            return True
        return bool(subject.indexes) or subject.kind == "title"

    def _directives(self, start: int, end: int) -> list[_Candidate]:
        found = []
        for match in DIRECTIVE.finditer(self.text, start, end):
            trigger = match.start()
            before = self._before(start, trigger)
            if self._is_recalled(start, trigger, match.end("verb"), end):
                continue
            if re.search(r"\b(?:you|I|we|as)\s+$", before, re.I):
                continue
            if re.match(r"(?i)(?:with|by)\b", match.group("object")):
                continue
            if self._blocked(start, trigger, HEDGE):
                continue
            subject = self._subject(start, self._clause_start(start, trigger), trigger)
            if subject is None or subject.kind not in ("name", "title", "pronoun", "group"):
                continue
            actors = self._actors_of(subject)
            object_start = match.start("object")
            named = tuple(sorted({
                i for m in self._mentions(object_start, match.end("object"))
                if m.kind in ("name", "title") for i in m.indexes if i not in actors
            }))
            found.extend(self._pledge(trigger, match.start("next") - 3, start, end, actors,
                                      named, split_infinitives=False))
        return found

    def _announcements(self, start: int, end: int) -> list[_Candidate]:
        found = []
        for match in ANNOUNCEMENT.finditer(self.text, start, end):
            trigger = match.start()
            before = self._before(start, trigger)
            if self._is_recalled(start, trigger, match.end("verb"), end):
                continue
            scope_end = self._clause_end(match.end(), end)
            obj = self.text[match.end() : scope_end]
            if not (ANNOUNCED_OBJECT.match(obj) or re.search(r"\b(?:will|would)\s+[a-z]", obj)):
                continue
            if self._blocked(start, trigger, HEDGE) or MODAL_BEFORE.search(before):
                continue
            if PERFECT_BEFORE.search(before):
                continue  # "has announced 60 nominees": a standing fact, not a new undertaking
            subject = self._subject(start, self._clause_start(start, trigger), trigger)
            if subject is None or subject.kind not in ("name", "title", "pronoun", "group",
                                                         "collective"):
                continue
            found.extend(self._pledge(trigger, match.end(), start, end,
                                      self._actors_of(subject)))
        return found

    def _futures(self, start: int, end: int) -> list[_Candidate]:
        found = []
        for match in FUTURE.finditer(self.text, start, end):
            trigger, marker = match.start(), " ".join(match.group("marker").lower().split())
            verb = match.group("verb").lower()
            if verb in ("like", "love", "be", "have", "not", "never"):
                continue
            scope_end = self._clause_end(match.end(), end)
            scope = self.text[match.start() : scope_end]
            if NEGATION_AFTER.match(self.text[match.end("marker") :].lstrip()):
                continue
            verb_phrase = self.text[match.start("verb") : scope_end]
            concrete = (
                verb in vocab.CONCRETE_ACTION_VERBS
                or CONCRETE_VERB_PHRASE.match(verb_phrase)
                or (verb == "taken" and STEPS_BEFORE.search(self._before(start, trigger)))
                or (AMOUNT.search(scope) and self._due(match.end(), scope_end))
            )
            if not concrete or SCHEDULE_HOLD.match(scope[len(match.group(0)) - len(verb) :]):
                continue
            clause_start = self._clause_start(start, trigger)
            if HEDGE.search(self.text, clause_start, trigger):
                continue
            if NEGATION_BEFORE.search(self._before(start, trigger)):
                continue
            passive = re.search(r"\bbe\s+[a-z][\w-]*$", match.group(0))
            actors = self._future_actors(start, clause_start, trigger, marker, bool(passive))
            if actors is None:
                continue
            found.extend(self._pledge(trigger, match.end("marker"), start, end, actors))
        return found

    def _future_actors(
        self, start: int, clause_start: int, trigger: int, marker: str, passive: bool
    ) -> tuple[int, ...] | None:
        """Who undertakes a future: a participant speaking (reported speech or "I"), or a
        participant, their government or organisation as subject. None when no party does.
        In reported speech an active verb needs a party as its own subject ("stated that the
        gas supply will provide an opportunity" is a forecast, not a pledge)."""
        frame = None
        for candidate in REPORTING_FRAME.finditer(self.text, start, trigger):
            frame = candidate
        for candidate in ACCORDING_TO.finditer(self.text, start, trigger):
            if frame is None or candidate.start() > frame.start():
                frame = candidate
        if marker in vocab.NOUN_LIKE_MARKERS and not self._directly_after_subject(
            start, frame.end() if frame else clause_start, trigger
        ):
            return None
        if frame is not None:
            own_subject = self._subject(start, frame.end(), trigger, fallback=False)
            if not passive and (own_subject is None or not self._is_party(own_subject)):
                return None
            speaker = self._frame_speaker(start, frame)
            if speaker is None or not self._is_party(speaker) or speaker.kind == "first_plural":
                return None
            return self._actors_of(speaker)
        if passive or marker == "would":
            return None
        follows_and = AND_BEFORE.search(self.text, start, trigger) is not None
        subject = self._subject(start, clause_start, trigger, fallback=follows_and)
        if subject is None:
            return None
        if subject.kind == "first_singular":
            return subject.indexes
        if subject.kind == "government" or (
            subject.kind in ("name", "title", "country", "group", "organisation")
            and subject.indexes
        ):
            if subject.kind == "country" and not subject.indexes:
                return None
            return subject.indexes
        return None

    def _directly_after_subject(self, start: int, clause_start: int, trigger: int) -> bool:
        """'the UN intends to' (a verb) rather than 'an ambitious plan to' (a noun)."""
        follows_and = AND_BEFORE.search(self.text, start, trigger) is not None
        subject = self._subject(start, clause_start, trigger, fallback=follows_and)
        if subject is None:
            return False
        if follows_and:
            return True
        return re.fullmatch(r"\s*(?:(?:also|now|further|still|currently|\w+ly)\s+)?",
                            self.text[subject.end : trigger]) is not None

    def _frame_speaker(self, start: int, frame: re.Match[str]) -> _Mention | None:
        """Who speaks in a reporting frame: the subject of "X stated that", or the X of
        "according to X,". None when the frame itself is hedged."""
        if "who" in frame.groupdict():
            who = frame.group("who").strip()
            if who.lower() in ("him", "her"):
                return _Mention(frame.start("who"), frame.end("who"), "pronoun",
                                self._previous_subject())
            mentions = self._mentions(frame.start("who"), frame.end("who"))
            return mentions[0] if mentions else None
        clause_start = self._clause_start(start, frame.start())
        if HEDGE.search(self.text, clause_start, frame.start()):
            return None
        return self._subject(start, clause_start, frame.start())

    def _first_person_decisions(self, start: int, end: int) -> list[_Candidate]:
        found = []
        for match in FIRST_PERSON_DECISION.finditer(self.text, start, end):
            if self._blocked(start, match.start(), HEDGE):
                continue
            actors = self._speaker_at(match.start())
            found.extend(self._pledge(match.start(), match.start("next"), start, end, actors))
        return found


def _is_concrete(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a concrete action ("hold a forum", "take steps")."""
    verb = re.match(r"[a-z][\w-]*", text[start:end])
    return bool(verb) and (
        verb.group(0) in vocab.CONCRETE_ACTION_VERBS
        or CONCRETE_VERB_PHRASE.match(text, start, end) is not None
    )


def _agreed_on_action(rest: str) -> bool:
    """'agreed on further contacts / the next steps / a roadmap' (not 'on the need to')."""
    return bool(
        re.match(
            r"\s*(?:(?:the|a|an|further|next|the next|new|joint|concrete|specific|practical"
            r"|additional|a series of|a number of)\s+)*(?:\w+\s+)?(?:contacts?|steps|measures"
            r"|dates?|timing|schedule|venue|road ?map|plan|programme|program|mechanisms?"
            r"|format|meetings?|visits?|round|cooperation|ways|actions?|timetable|timeline"
            r"|modalities|terms|parameters|holding|organizing|organising|establishing"
            r"|creating|setting up)\b",
            rest,
            re.I,
        )
    ) and not re.match(r"\s*(?:the\s+)?(?:need|necessity|importance|urgent)", rest, re.I)


def _bare_due_core(phrase: str) -> str | None:
    phrase = " ".join(phrase.lower().split())
    if phrase in DUE_CORES:
        return DUE_CORES[phrase]
    if phrase.endswith("next year"):
        return "next year"
    for period in ("week", "month", "year"):
        if phrase.endswith(f"this {period}"):
            return f"this {period}"
    return None


def _same_period(date: dt.date, reference: dt.date, precision: str) -> bool:
    if precision == "year":
        return date.year == reference.year
    return (date.year, date.month) == (reference.year, reference.month)
