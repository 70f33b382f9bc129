"""The parties of a meeting's text: mentions of participants, collectives, pronouns, countries
and governments; the subject before a trigger; who acts and who is on the other side."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.countries import find_countries
from pipelines.extraction.commitments import commitment_patterns as patterns
from pipelines.extraction.commitments.participants import ParticipantIndex, fold
from pipelines.extraction.commitments.regex import compile_spaced
from pipelines.model import ExtractedParticipant

SPEAKER_LABEL = re.compile(
    r"(?:^|(?<=[\s*.]))(?P<label>[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,6}):\s"
)
ORGANISATION_ACRONYM = re.compile(r"[A-Z]{2,6}")
# The colon after a word, then white space. Written colon first (the look-behind checks the
# character before it) so that the engine scans for the colon instead of trying every position.
SPEAKER_LABEL_END = re.compile(r":(?<=[\w.’'\-]:)\s")
# Capitals beyond ASCII too ("Çelik", "Šimonytė"); Latin Extended-A mixes cases, which a
# lower-case letter rarely starting a word makes harmless.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"
CAPITALISED_TOKEN = re.compile(rf"[{_CAPITAL}][\w’'\-]*(?:\.[{_CAPITAL}][\w’'\-]*)*")
TITLE = re.compile(
    r"(?:(?:the|The)\s+)?(?:(?:Vice|Deputy|First|Prime|Foreign|Defence|Defense|Interior"
    r"|Finance|Health|Trade|Executive|Senior|Special|Assistant|Under|Acting|Chief|General"
    r"|National|Supreme)\s+)*"
    rf"(?:{patterns.TITLE_HEADS})\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)?"
)
COLLECTIVE = compile_spaced(rf"(?<![\w-])(?:{patterns.COLLECTIVE_SUBJECTS})(?![\w-])")
PRONOUN = re.compile(r"(?<![\w-])(?P<word>[Hh]e|[Ss]he|I|[Ww]e|[Yy]ou)(?![\w-])")
GOVERNMENT = compile_spaced(rf"(?<![\w-])(?:{patterns.GOVERNMENT_NOUNS})(?![\w-])")
PREPOSITION_BEFORE = compile_spaced(
    r"\b(?:to|with|for|of|by|from|on|about|towards|toward|at|in|into|than|between|among"
    r"|like|thanked|congratulated|invited|told|informed|urged|asked|welcomed|received|met"
    r"|greeted|briefed|updated)"
    r"(?: (?:the|his|her|their|its|our|both|all|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.?))*"
    r" (?:[A-Z][\w’'.\-]* )*$"
)
POSSESSIVE_AFTER = re.compile(r"^(?:’s|'s|’|')(?!\w)")
# A verb of saying that reports its subject's own words: "A stated that he would ...".
REPORTED_THAT = compile_spaced(
    r"\b(?:stated|said|noted|added|underlined|emphasi[sz]ed|stressed|expressed|announced"
    r"|confirmed|indicated|informed \w+|told \w+|assured \w+) that $"
)
MENTION_GAP = re.compile(
    r"^[\s,]*(?:and|&|as well as)?[\s,]*(?:(?:[A-Z][\w’'.\-]*|of|the|Dr\.?|Mr\.?|Ms\.?)\s+)*$"
)


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names or stands for participants."""

    start: int
    end: int
    kind: str  # name | title | collective | pronoun | country | government | organisation ...
    indexes: tuple[int, ...]


class MeetingParties:
    """A meeting's text, read sentence by sentence: who each mention stands for, speaker labels
    of a transcript, the last named subject, and the date dues are resolved against."""

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
        self.mention_cache: dict[tuple[int, int], list[Mention]] = {}
        self.participants = participants
        self.reference = reference_date
        self.everyone = tuple(range(len(participants)))
        self.index = ParticipantIndex(participants)
        self.speakers = self._speaker_labels()

    def _speaker_labels(self) -> list[tuple[int, tuple[int, ...]]]:
        labels = []
        for colon in SPEAKER_LABEL_END.finditer(self.text):
            # The label ending at this colon, not an earlier one of a short turn before it.
            match = None
            window = max(0, colon.start() - 120)
            for found in SPEAKER_LABEL.finditer(self.text, window, colon.end()):
                if found.end() == colon.end():
                    match = found
            if match is None:
                continue
            tokens = CAPITALISED_TOKEN.findall(match.group("label"))
            found = self.index.names_for_tokens(tokens[-3:])
            if found:
                labels.append((match.end(), found))
        return labels

    def speaker_at(self, position: int) -> tuple[int, ...]:
        """Who speaks at `position` of a transcript: the last speaker label before it."""
        current: tuple[int, ...] = ()
        for label_end, indexes in self.speakers:
            if label_end > position:
                break
            current = indexes
        return current

    # --- mentions -------------------------------------------------------------------------

    def mentions(self, start: int, end: int) -> list[Mention]:
        """People and parties named in text[start:end], in order, without overlaps."""
        key = (start, end)
        if key not in self.mention_cache:
            self.mention_cache[key] = self._find_mentions(start, end, people_only=False)
        return self.mention_cache[key]

    def _find_mentions(self, start: int, end: int, people_only: bool) -> list[Mention]:
        text = self.text
        found: list[Mention] = []
        for match in CAPITALISED_TOKEN.finditer(text, start, end):
            indexes = self.index.name_tokens.get(fold(match.group(0)))
            if indexes:
                found.append(Mention(match.start(), match.end(), "name", tuple(sorted(indexes))))
            elif match.group(0).replace(".", "") in self.index.acronyms:
                indexes = self.index.acronyms[match.group(0).replace(".", "")]
                found.append(
                    Mention(match.start(), match.end(), "organisation", tuple(sorted(indexes)))
                )
            elif ORGANISATION_ACRONYM.fullmatch(match.group(0)):
                found.append(Mention(match.start(), match.end(), "organisation", ()))
        found = [self._by_nearby_country(m) for m in self._merge_names(found)]
        for match in TITLE.finditer(text, start, end):
            found.append(Mention(match.start(), match.end(), "title", self.index.by_role(match[0])))
        if people_only:
            return self._resolve_overlaps(found)
        for match in COLLECTIVE.finditer(text, start, end):
            word = match.group(0).lower()
            if word == "they" and self.speaker_at(match.start()):
                # In a transcript "they" are people the speaker talks about.
                found.append(Mention(match.start(), match.end(), "third_plural", ()))
                continue
            found.append(Mention(match.start(), match.end(), "collective", self.everyone))
        for match in PRONOUN.finditer(text, start, end):
            word = match.group("word").lower()
            if word in ("he", "she"):
                referent = self._reported_subject(match.start()) or self.previous_subject()
                found.append(Mention(match.start(), match.end(), "pronoun", referent))
            elif word == "you":
                found.append(Mention(match.start(), match.end(), "second_person", ()))
            else:
                speaker = self.speaker_at(match.start())
                kind = "first_singular" if word == "i" else "first_plural"
                found.append(Mention(match.start(), match.end(), kind, speaker))
        for c_start, c_end, code in find_countries(text, start, end):
            found.append(Mention(c_start, c_end, "country", self.index.by_country(code)))
        for match in GOVERNMENT.finditer(text, start, end):
            found.append(Mention(match.start(), match.end(), "government", ()))
        return self._resolve_overlaps(found)

    def _by_nearby_country(self, mention: Mention) -> Mention:
        """'U.S. Special Representative Kim' among two Kims: the one serving that country."""
        if mention.kind != "name" or len(mention.indexes) < 2:
            return mention
        window_start = max(0, mention.start - 60)
        codes = [code for _, _, code in find_countries(self.text, window_start, mention.start)]
        if codes:
            chosen = tuple(
                i for i in mention.indexes if self.participants[i].country_code == codes[-1]
            )
            if chosen:
                return Mention(mention.start, mention.end, mention.kind, chosen)
        return mention

    def _merge_names(self, tokens: list[Mention]) -> list[Mention]:
        merged: list[Mention] = []
        for mention in tokens:
            previous = merged[-1] if merged else None
            if (
                previous
                and previous.kind == mention.kind == "name"
                and re.fullmatch(r"[\s.A-Z]*", self.text[previous.end : mention.start])
            ):
                common = set(previous.indexes) & set(mention.indexes)
                indexes = tuple(sorted(common)) if common else previous.indexes
                merged[-1] = Mention(previous.start, mention.end, "name", indexes)
            else:
                merged.append(mention)
        return merged

    def _resolve_overlaps(self, found: list[Mention]) -> list[Mention]:
        priority = {
            "name": 0,
            "organisation": 1,
            "title": 2,
            "country": 3,
            "collective": 4,
            "government": 5,
            "pronoun": 6,
            "first_singular": 6,
            "first_plural": 6,
            "second_person": 6,
            "third_plural": 6,
        }
        found.sort(key=lambda m: (m.start, priority[m.kind], -m.end))
        kept: list[Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                last = kept[-1]
                # A title directly before a name is part of that name's mention.
                if last.kind == "title" and mention.kind == "name":
                    kept[-1] = Mention(
                        last.start, max(last.end, mention.end), "name", mention.indexes
                    )
                continue
            if (
                kept
                and (
                    mention.kind in ("name", "government")
                    and kept[-1].kind in ("title", "country")
                    or mention.kind == "title"
                    and kept[-1].kind == "country"
                )
                and re.fullmatch(
                    r"\s+(?:(?:Dr|Mr|Ms|Mrs|H\.E)\.?\s+)?", self.text[kept[-1].end : mention.start]
                )
            ):
                # "Secretary Blinken", "the New Zealand government", "U.S. Special Envoy".
                last = kept[-1]
                indexes = mention.indexes if mention.kind != "government" else last.indexes
                if mention.kind == "title" and last.indexes:
                    indexes = tuple(i for i in indexes if i in last.indexes) or last.indexes
                kind = mention.kind
                if kind == "government" and last.kind == "country" and not indexes:
                    kind = "foreign_government"
                kept[-1] = Mention(last.start, mention.end, kind, indexes)
                continue
            kept.append(mention)
        return kept

    def subject(
        self, sentence_start: int, clause_start: int, trigger: int, fallback: bool = True
    ) -> Mention | None:
        """The nearest subject-like mention before the trigger: in the clause, else (with
        `fallback`) the sentence's first subject."""
        mentions = [m for m in self.mentions(sentence_start, trigger) if m.end <= trigger]
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
            if (
                mention.kind in ("name", "title", "country")
                and MENTION_GAP.match(gap)
                and ("and" in gap or "," in gap or "&" in gap)
            ):
                group.insert(0, mention)
            else:
                break
        if len(group) == 1:
            return chosen
        indexes = tuple(sorted({i for m in group for i in m.indexes}))
        return Mention(group[0].start, chosen.end, "group", indexes)

    def _is_subject_position(self, mention: Mention, sentence_start: int) -> bool:
        before = self.text[max(sentence_start, mention.start - 80) : mention.start]
        if PREPOSITION_BEFORE.search(before):
            return False
        return not POSSESSIVE_AFTER.match(self.text[mention.end : mention.end + 3])

    def _reported_subject(self, pronoun: int) -> tuple[int, ...]:
        """ "Minister A stated that he would ...": the one person who is the subject of the
        reporting verb of the pronoun's own sentence."""
        if self.position >= len(self.sentences):
            return ()
        start, end = self.sentences[self.position]
        if not start <= pronoun < end or not REPORTED_THAT.search(self.text, start, pronoun):
            return ()
        for mention in self._find_mentions(start, pronoun, people_only=True):
            if self._is_subject_position(mention, start):
                return mention.indexes if len(mention.indexes) == 1 else ()
        return ()

    def previous_subject(self) -> tuple[int, ...]:
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

    def others(self, actors: Sequence[int]) -> tuple[int, ...]:
        """Counterparts of a one-sided undertaking: the participants of the other sides."""
        if not actors or set(actors) == set(self.everyone):
            return ()
        actor_countries = {self.participants[i].country_code for i in actors}
        others = [i for i in self.everyone if i not in actors]
        if None not in actor_countries:
            foreign = [
                i for i in others if self.participants[i].country_code not in actor_countries
            ]
            if foreign or any(self.participants[i].country_code for i in others):
                return tuple(foreign)
        return tuple(others) if len(others) == 1 else ()

    def actors_of(self, subject: Mention | None) -> tuple[int, ...]:
        """The participants a subject stands for; "we" stands for everyone."""
        if subject is None:
            return ()
        if subject.kind == "first_plural":
            return self.everyone
        return subject.indexes

    def party_subject(
        self, sentence_start: int, clause_start: int, trigger: int
    ) -> Mention | None:
        """The subject before the trigger (as `subject` finds it) when it can make a
        commitment, else None."""
        subject = self.subject(sentence_start, clause_start, trigger)
        return subject if subject is not None and self.is_party(subject) else None

    def is_party(self, subject: Mention) -> bool:
        """Whether a subject can make a commitment (a participant, a collective, a government)."""
        if subject.kind in (
            "collective",
            "group",
            "first_plural",
            "first_singular",
            "pronoun",
            "government",
            "organisation",
        ):
            return True
        return bool(subject.indexes) or subject.kind == "title"
