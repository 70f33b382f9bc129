"""Document -> meetings: the components put together.

sentences -> person mentions -> persons -> meeting segmentation -> principal, dates, format,
place, participant records -> commitments.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from urllib.parse import urlparse

from pipelines.countries import find_countries
from pipelines.extraction.calls import SEPARATE_MEETINGS, separate_calls
from pipelines.extraction.commitments import find_commitments
from pipelines.extraction.country_cues import named_as_counterpart, office_country
from pipelines.extraction.delegations import delegation_sides
from pipelines.extraction.formats import classify_format
from pipelines.extraction.meeting_cues import (
    ATTENDED_GATHERING,
    BACKGROUND_CUES,
    FUTURE_CUES,
    GROUP_COUNTERPART,
    is_meeting_sentence,
)
from pipelines.extraction.meeting_dates import (
    LEAD_REACH,
    RESTATING_REACH,
    lead_date,
    leads_meeting,
    meeting_date,
    publication_as_dateline_says,
    restates_meeting,
)
from pipelines.extraction.meetings import (
    MeetingDraft,
    mentions_by_sentence,
    named_around_verb,
    segment_meetings,
)
from pipelines.extraction.people import PersonMention
from pipelines.extraction.persons import Person, collect_persons
from pipelines.extraction.places import (
    dateline_place,
    find_place,
    find_stated_place,
    home_venue_city,
)
from pipelines.extraction.principals import Principal, principal_of
from pipelines.extraction.publishers import publisher_country, publisher_post
from pipelines.extraction.sentences import split_sentences
from pipelines.model import (
    Document,
    ExtractedMeeting,
    ExtractedParticipant,
)


def _office_words(role: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (role or "").lower()) if w not in ("of", "the")}


def _holds_office(person: Person, principal: Principal) -> bool:
    role = person.role
    if not role:
        return False
    words = _office_words(role)
    office = _office_words(principal.office)
    if "vice" in words and "vice" not in office or "deputy" in words and "deputy" not in office:
        return False
    if not office <= words:
        return False
    return person.country in (None, principal.country_code) and not person.stateless


def choose_principal(
    persons: list[Person], principal: Principal | None, main: MeetingDraft | None
) -> Person | None:
    """The person who is the publisher's principal, when the document names them."""
    if principal is None:
        return None
    holders = [p for p in persons if _holds_office(p, principal)]
    if holders:
        return holders[0]
    if main is not None:
        for place, person in enumerate(main.persons):
            if person.role is not None or person.country is not None or person.stateless:
                continue
            # A role-less counterpart named after the subject of the meeting sentence
            # ("Sherman met ... with Zin Mar Aung") is not the principal.
            if place == 0 or main.evidence.get(id(person)) != main.sentence:
                return person
    return None


# A sentence whose subject is an office alone: "The Chairperson was received by ...".
_OFFICE_SUBJECT = re.compile(r"\W*The\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\b(?!['’]s)")


def _office_subject(
    sentence: str, persons: list[Person], draft: MeetingDraft, principal: Principal | None
) -> Person | None:
    """ "The Chairperson of the Commission, X, began a visit ... The Chairperson was received
    by Y": the one person of the document who holds the office the subject names (not the
    publisher's principal's office, which `choose_principal` resolves)."""
    match = _OFFICE_SUBJECT.match(sentence)
    if match is None:
        return None
    office = match.group(1).casefold()
    if principal is not None and office in principal.office.casefold():
        return None
    holders = [
        p for p in persons
        if p.role and (p.role.casefold() == office or p.role.casefold().startswith(office + " "))
    ]
    if len(holders) != 1 or any(p is holders[0] for p in draft.persons):
        return None
    return holders[0]


def _kind(participants: Sequence[ExtractedParticipant]) -> str:
    sides = set()
    for participant in participants:
        sides.add(participant.country_code or participant.organization or participant.name)
    countries = {p.country_code for p in participants if p.country_code}
    stateless_officials = [p for p in participants if not p.country_code and p.organization]
    if len(countries) <= 1 and not any(
        p.organization and not p.country_code and _looks_international(p.organization)
        for p in stateless_officials
    ):
        return "domestic"
    return "bilateral" if len(sides) <= 2 else "multilateral"


def _looks_international(organization: str) -> bool:
    from pipelines.extraction.roles import parse_title

    return parse_title(f"Head of {organization}").international


def _participant(
    person: Person | None,
    text: str,
    sentence: tuple[int, int],
    default_country: str | None,
    principal: Principal | None,
    is_principal: bool,
) -> ExtractedParticipant:
    if person is None:  # the principal known only by office
        return ExtractedParticipant(
            name=None, name_as_written=None,
            role=principal.office_as_written(text) if principal else None,
            organization=principal.organization if principal else None,
            country_code=principal.country_code if principal else None,
            evidence_start=sentence[0], evidence_end=sentence[1],
        )
    role = person.role
    country = person.country
    organization = person.title.organization if person.title else None
    if is_principal and principal is not None:
        role = role or principal.office_as_written(text)
        country = country or principal.country_code
        organization = organization or principal.organization
    if country is None and not person.stateless:
        country = default_country
    first = person.mentions[0]
    return ExtractedParticipant(
        name=person.name,
        name_as_written=text[first.start : first.end],
        role=role,
        organization=organization,
        country_code=country,
        evidence_start=sentence[0],
        evidence_end=sentence[1],
    )


_ENVOY = re.compile(
    r"\b(?:Ambassador|Consul|Charg[ée]|High Commissioner|Envoy|Minister-Counsellor)", re.I
)


def _listing_sentence(draft: MeetingDraft) -> int:
    """The sentence listing the meeting's counterparts: its own, or the next one that names
    them all ("held bilateral meetings with his counterparts from A, B and C. In the course of
    the meetings, X met with ...")."""
    later = {draft.evidence.get(id(p)) for p in draft.persons[1:]} - {draft.sentence}
    if len(draft.persons) > 2 and len(later) == 1 and all(
        draft.evidence.get(id(p)) != draft.sentence for p in draft.persons[1:]
    ):
        return later.pop()
    return draft.sentence


def _subject_named(
    text: str, span: tuple[int, int], entries: list[tuple[PersonMention, Person]]
) -> bool:
    """The sentence opens with someone, its subject, and names another after its meeting verb
    ("Separately, Ambassador X called on Y"; not "the Secretary accompanied President X in
    meetings with Y")."""
    before, after = named_around_verb(text, span, entries)
    if not before or not after or before[0][0] is not entries[0][0]:
        return False
    first = before[0][0]
    front = first.title_start if first.title_start is not None else first.start
    return _SENTENCE_OPENER.fullmatch(text, span[0], front) is not None


# What may come before a sentence's subject: "Separately, ", "On the same day, the ".
_SENTENCE_OPENER = re.compile(r"\W*(?:[^,]{0,40},\s*)?(?:the\s+)?")


def _principal_implied(sentence: str, principal: Principal) -> bool:
    """The meeting sentence names the principal by office alone ("The President held ...",
    "The President of Russia met ...")."""
    office = re.escape(principal.office).replace(r"\ ", r"\s+")
    short = re.escape(principal.office.split()[0])
    for match in re.finditer(rf"\b(?:The|the)\s+(?:{office}|{short})\b(?!['’]s)", sentence):
        if re.search(r"\b(?:of|to|for)\s+$", sentence[: match.start()]):
            continue  # "Office of the President", "Secretary to the President"
        of = re.match(r"\s+(?:of|to)\s+(?:the\s+)?", sentence[match.end() :])
        if not of:
            return True
        rest = sentence[match.end() + of.end() :]
        found = next(iter(find_countries(rest, 0, min(len(rest), 60))), None)
        if found and found[0] == 0 and found[2] == principal.country_code:
            return True
    return False


_FIRST_PERSON = re.compile(r"(?<![\w'’-])I(?![\w'’.-])")


def _written_in_first_person(sentence: str) -> bool:
    """ "I visited New Zealand for talks with ...", "Dr X and I exchanged views": a minister's
    own release, in which "I" is the publisher's principal (not inside a quotation)."""
    match = _FIRST_PERSON.search(sentence)
    if match is None:
        return False
    before = sentence[: match.start()]
    return before.count('"') % 2 == 0 and before.count("“") == before.count("”")


DATELINE_LENGTH = 60
MULTILATERAL_STATES = 3
_QUOTED = re.compile(r"[\"“”]")
_AHEAD = re.compile(
    rf"{FUTURE_CUES.pattern}|\b(?:upcoming|forthcoming|waiting\s+to|looks?\s+forward|looking"
    r"\s+forward|invit\w+)\b",
    re.IGNORECASE,
)


def _dating_sentences(
    text: str,
    sentences: list[tuple[int, int]],
    drafts: list[MeetingDraft],
    number: int,
    by_sentence: dict[int, list[tuple[PersonMention, Person]]],
) -> list[tuple[int, int]]:
    """Other sentences that may say when and where meeting `number` took place: the next ones
    that restate it with one of its people ("Demeke met with the Director General on Monday
    ..."), and for the main meeting a lead before it ("A Joint Committee Meeting between Malawi
    and South Africa was held in Vanderbijlpark from 13 to 14 May")."""
    draft = drafts[number]
    attending = {id(p) for p in draft.persons}
    stop = drafts[number + 1].sentence if number + 1 < len(drafts) else len(sentences)
    stop = min(stop, draft.sentence + 1 + RESTATING_REACH)
    found = [
        sentences[i] for i in range(draft.sentence + 1, stop)
        if any(id(p) in attending for _, p in by_sentence.get(i, ()))
        and restates_meeting(text[slice(*sentences[i])])
    ]
    if number == 0:
        found += [
            sentences[i] for i in range(draft.sentence - 1, draft.sentence - 1 - LEAD_REACH, -1)
            if i >= 0 and leads_meeting(text[slice(*sentences[i])])
        ]
    return found


def _sums_up(text: str, sentences: list[tuple[int, int]], draft: MeetingDraft) -> bool:
    """The opening sentence sums up the main meeting that a later one tells, and may date it:
    "The Commission and Jordan signed a memorandum on September 20 in Amman. The memorandum was
    signed by ...". Not for its place, which may be of what the meeting was about."""
    return draft.sentence > 0 and not (
        BACKGROUND_CUES.search(text, *sentences[0]) or FUTURE_CUES.search(text, *sentences[0])
    )


def _place_stated_elsewhere(
    text: str, sentences: list[tuple[int, int]], home: str | None
) -> tuple[str | None, str | None]:
    """A strong place cue in any sentence that is not about an earlier or a later event nor
    quoted ("We put President X in the atmosphere of our visit to Syria", "waiting to welcome
    the President on his official visit to the United States")."""
    for start, end in sentences:
        if _QUOTED.search(text, start, end) or _AHEAD.search(text, start, end):
            continue
        city, country = find_stated_place(text, start, end, home)
        # Few sentences state a place, so the background cues are looked for only then.
        if country and not BACKGROUND_CUES.search(text, start, end):
            return city, country
    return None, None


def _city_in(
    country: str, text: str, first: tuple[int, int], title: str | None
) -> str | None:
    """A city of the meeting's country that the opening sentence or the headline states
    ("... met with the Prime Minister of Slovakia in Kyiv" above "on a visit to our country")."""
    for segment, start, end in ((text, *first), (title or "", 0, len(title or ""))):
        _, city, code = find_place(segment, start, end, None, prefer=country)
        if city and code == country:
            return city
    return None


def _adopt_host_country(
    participants: list[ExtractedParticipant],
    draft: MeetingDraft,
    earlier: list[ExtractedMeeting],
    home: str | None,
) -> None:
    """In "He also met with ..." during a visit abroad, the new counterparts who state no
    country serve the host state of the main meeting."""
    if not earlier or earlier[0].country_code in (None, home):
        return
    host = earlier[0].country_code
    known = {p.name for p in earlier[0].participants}
    for participant in participants:
        if participant.name not in known and participant.country_code == home:
            person = next((p for p in draft.persons if p.name == participant.name), None)
            if person is not None and person.country is None:
                participant.country_code = host


def _host_counterpart(
    participants: list[ExtractedParticipant], draft: MeetingDraft, host: str | None,
    home: str | None,
) -> None:
    """ "Minister A held talks with her counterpart, B" during a visit abroad: the one
    counterpart of the meeting's subject who states no country serves the host state."""
    if host is None or home is None or host == home or len(participants) != 2:
        return
    for participant in participants[1:]:
        person = next((p for p in draft.persons[1:] if p.name == participant.name), None)
        if (
            person is not None and participant.country_code == home
            and person.country is None and not person.stateless
        ):
            participant.country_code = host


# Between two counterparts of one "and" pair: "and" and the second one's title.
_JOINED_PAIR = re.compile(r"\s+and\s+(?:[A-Z][\w’'.-]*\s+|(?:of|the|for)\s+)*")


_SAYS_BEFORE = re.compile(r"\b(?:said|says|added|noted|stated|wrote)\s+(?:the\s+)?$")


def _inherited_countries(
    text: str, span: tuple[int, int], persons: list[Person], home: str | None
) -> dict[int, str]:
    """Countries for the counterparts listed after "with" that state none themselves.

    "met ... with His Highness the Amir of Kuwait Sheikh Nawaf, His Highness the Crown Prince
    Sheikh Mishal, ...": the people listed after the first one from another state serve it too.
    """
    sentence = text[span[0] : span[1]]
    joint = re.search(r"\b(?:with|between)\b", sentence)
    if not joint:
        return {}
    after = span[0] + joint.end()
    inherited: dict[int, str] = {}
    current = None
    ordered = sorted(
        (p for p in persons if any(span[0] <= m.start < span[1] for m in p.mentions)),
        key=lambda p: min(m.start for m in p.mentions if span[0] <= m.start < span[1]),
    )
    previous: tuple[Person, int] | None = None  # the last counterpart and its mention's end
    for person in ordered:
        mention = min(
            (m for m in person.mentions if span[0] <= m.start < span[1]), key=lambda m: m.start
        )
        front = mention.title_start if mention.title_start is not None else mention.start
        if mention.start < after or _SAYS_BEFORE.search(text, max(0, front - 30), front):
            continue  # nor the speaker of a quote: "'I met with A of X,' said B"
        if person.country and person.country != home:
            current = person.country
            # "President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland": the
            # country after the last name of an "and" pair covers the first one too.
            if previous is not None and mention.country_hint and _JOINED_PAIR.fullmatch(
                text, previous[1], mention.start
            ):
                inherited.setdefault(id(previous[0]), person.country)
        elif person.country is None and not person.stateless and current:
            inherited[id(person)] = current
        last_end = max(m.end for m in person.mentions if span[0] <= m.start < span[1])
        stateless_free = person.country is None and not person.stateless
        previous = (person, last_end) if stateless_free and id(person) not in inherited else None
    return inherited


def _meeting_place(
    document: Document,
    sentences: list[tuple[int, int]],
    span: tuple[int, int],
    restating: Sequence[tuple[int, int]],
    participants: Sequence[ExtractedParticipant],
    home: str | None,
) -> tuple[str | None, str | None, str | None]:
    """(venue, city, country) of a meeting in person: the first of its own sentence, the
    sentences restating it, an opening dateline or meeting sentence, the headline, a place
    stated elsewhere, an embassy's post, and last the publisher's state."""
    text = document.text
    venue, city, country = find_place(text, span[0], span[1], home)
    for later in restating:
        if country is None:
            venue, city, country = find_place(text, later[0], later[1], home)
    first = sentences[0]
    # The first sentence places the meeting when it is a dateline or reports a meeting, not
    # when it is about something else ("hailed the elections in Senegal").
    if country is None and (
        first[1] - first[0] <= DATELINE_LENGTH or is_meeting_sentence(text[slice(*first)])
    ):
        _, city, country = find_place(text, first[0], first[1], home)
    if country is None:
        city, country = dateline_place(text)
    if country is None and document.title:
        _, city, country = find_place(document.title, 0, len(document.title), home)
    if country is None:
        city, country = _place_stated_elsewhere(text, sentences, home)
    if country is None and any(
        p.country_code == home and _ENVOY.search(p.role or "") for p in participants
    ):
        # The envoy of an embassy meets where it is posted ("Embassy of Japan in Belgium"),
        # not where its releases come from.
        country = publisher_post(document.publisher)
    if country is None:
        country = home
    if city is None and country is not None:
        city = _city_in(country, text, sentences[0], document.title)
    if city is None and country is not None and country == home:
        city = home_venue_city(text, span[0], span[1], home)
    return venue, city, country


def extract_meetings(document: Document) -> list[ExtractedMeeting]:
    """The meetings a document reports, with participants, date, format, place, commitments."""
    text = document.text
    sentences = split_sentences(text)
    if not sentences:
        return []
    persons, mentions, headline_only = collect_persons(text, sentences, document.title)
    principal_info = principal_of(document.publisher, document.url)
    headline_meeting = bool(document.title) and is_meeting_sentence(document.title or "")
    by_sentence = mentions_by_sentence(mentions)
    drafts = segment_meetings(text, sentences, by_sentence, headline_meeting)
    if not drafts:
        return []
    for draft in drafts:
        holder = _office_subject(
            text[slice(*sentences[draft.sentence])], persons, draft, principal_info
        )
        if holder is not None:
            draft.persons.insert(0, holder)
            draft.evidence[id(holder)] = draft.sentence
    if len(drafts[0].persons) < 2 and headline_only:
        # The body names too few people: the headline's counterparts took part.
        for person in headline_only:
            drafts[0].add(person, drafts[0].sentence)
    principal = choose_principal(persons, principal_info, drafts[0])
    # "He also met with ...": the subject of the main meeting took part in the others too.
    main_subject = drafts[0].persons[0] if drafts[0].persons else None
    main_span = sentences[drafts[0].sentence]
    # "The President first visited X and held discussions with Y": the principal, named by
    # office alone, is the subject, not the first person named.
    # Not when the principal is named there as the counterpart: "Secretary X met with Y, the
    # Minister for Foreign Affairs".
    named_counterpart = any(p is principal for p in drafts[0].persons[1:])
    if principal is not None and principal_info is not None and not named_counterpart and (
        _principal_implied(text[main_span[0] : main_span[1]], principal_info)
    ):
        main_subject = principal
    for draft in drafts[1:]:
        # Unless the sentence names its own subject, from the main meeting or before its verb
        # ("Separately, Ambassador X called on Air Chief Marshal Y").
        if main_subject is not None and not any(
            p is q for p in draft.persons for q in drafts[0].persons
        ) and not _subject_named(
            text, sentences[draft.sentence], by_sentence.get(draft.sentence, [])
        ):
            draft.add(main_subject, drafts[0].evidence.get(id(main_subject), drafts[0].sentence))
    home = principal_info.country_code if principal_info else publisher_country(
        document.publisher, urlparse(document.url).hostname if document.url else None
    )
    delegates, bodies = delegation_sides(text, sentences, persons)
    published = publication_as_dateline_says(text, document.published_date)
    lead = lead_date(text, sentences) if published is None else None
    results: list[ExtractedMeeting] = []
    main_date: tuple[dt.date | None, str | None, str | None] | None = None
    for number, draft in enumerate(drafts):
        span = sentences[draft.sentence]
        sentence_text = text[span[0] : span[1]]
        participants: list[ExtractedParticipant] = []
        if (
            principal is not None
            and principal_info is not None
            and number == 0
            and all(p is not principal for p in draft.persons)
            and (
                _principal_implied(sentence_text, principal_info)
                or re.match(r"\s*(?:He|She)\b", sentence_text)
                or _written_in_first_person(sentence_text)
            )
        ):
            draft.add(principal, draft.sentence)
        inherited: dict[int, str] = {}
        # The meeting's sentence and each sentence listing attendees ("Those who met with the
        # President included: A, Deputy Speaker of the Maldivian Parliament; B, Minister of ...").
        for index in sorted({draft.sentence, *draft.evidence.values()}):
            found = _inherited_countries(text, sentences[index], draft.persons, home)
            inherited.update({k: v for k, v in found.items() if k not in inherited})
        for person in draft.persons:
            evidence = sentences[draft.evidence.get(id(person), draft.sentence)]
            default = inherited.get(id(person), delegates.get(id(person)))
            # Not when another participant holds the same office: "National Security Advisor
            # A met National Security Advisor B of Korea" names one of them by state.
            if default is None and person is not principal and (
                person.country is None and person.role and not person.stateless
            ) and sum(
                (p.role or "").casefold() == person.role.casefold() for p in draft.persons
            ) == 1:
                # "Call with the President of Chile" in the headline, "President Roe" below.
                default = office_country(
                    person.role, (document.title or "", sentence_text, text[slice(*sentences[0])]),
                    home,
                )
            if default is None and person is not principal and len(draft.persons) == 2 and (
                person.country is None and not person.stateless and person is not draft.persons[0]
            ):
                # "Turkey's leader congratulated ...", "the Turkish leader": the one foreign
                # state whose leader a two-person readout names without a holder.
                default = office_country("leader", (document.title or "", text), home)
            participant = _participant(
                person, text, evidence, default or home, principal_info, person is principal,
            )
            if id(person) in bodies and default is None:
                # "a delegation of the IMF led by Ms X": she serves the body, not a state.
                participant.country_code = None
                participant.organization = participant.organization or bodies[id(person)]
            if participant.role is None and any(
                named_as_counterpart(text, m.start) for m in person.mentions
            ):
                # "Foreign Minister A and his French counterpart B": B holds A's office.
                participant.role = next(
                    (p.role for p in draft.persons if p is not person and p.role), None
                )
            participants.append(participant)
        if number == 0 and principal is None and principal_info is not None and (
            _principal_implied(sentence_text, principal_info)
            # "I spoke to ..." under "Statement from President X": X, of the headline, wrote it
            or _written_in_first_person(sentence_text)
            and not any(_holds_office(p, principal_info) for p in draft.persons)
        ):
            participants.insert(0, _participant(None, text, span, home, principal_info, True))
        restating = _dating_sentences(text, sentences, drafts, number, by_sentence)
        opening = [sentences[0]] if number == 0 and _sums_up(text, sentences, draft) else []
        date, precision, basis = meeting_date(
            text, span, published, [*restating, *opening], lead
        )
        if number > 0 and basis != "text" and main_date is not None:
            date, precision, basis = main_date
        if number == 0:
            # The later meetings of a visit take its date even when the sentence that opens
            # it names no counterpart ("visited Brussels on 20 November to attend ...").
            main_date = (date, precision, basis)
        # The subject's side at a summit or ministers' meeting: no other side is named, yet
        # the meeting is multilateral.
        gathering = draft.gathering and bool(participants) or (
            number == 0 and bool(participants) and _kind(participants) == "domestic"
            and (
                ATTENDED_GATHERING.search(sentence_text) is not None
                # "The Prime Ministers of Bulgaria, Israel and Hungary have held ...".
                or len(participants) == 1 and len(
                    {code for _, _, code in find_countries(text, span[0], span[1])} - {home}
                ) >= MULTILATERAL_STATES
            )
        )
        # "had a number of meetings today": with no one of them reported, they are the one
        # meeting the document tells of, with parties it does not name.
        unnamed_others = number == 0 and bool(participants) and (
            GROUP_COUNTERPART.search(sentence_text) is not None or draft.umbrella
        )
        # "Sharjah Ruler receives German Consul-General" over a body that names only the guest:
        # the one meeting of a meeting headline, with the side it does not name.
        told_by_headline = headline_meeting and len(drafts) == 1 and len(participants) == 1 and (
            is_meeting_sentence(sentence_text)
        )
        if len(participants) < 2 and not gathering and not unnamed_others and not (
            told_by_headline
        ) or (draft.umbrella and len(drafts) > 1):
            continue
        if number > 0:
            _adopt_host_country(participants, draft, results, home)
        meeting_format = classify_format(sentence_text, document.title)
        venue = city = country = None
        if meeting_format == "in_person":
            venue, city, country = _meeting_place(
                document, sentences, span, restating, participants, home
            )
            if number == 0:
                _host_counterpart(participants, draft, country, home)
        stop = drafts[number + 1].sentence if number + 1 < len(drafts) else len(sentences)
        first_sentence = 0 if number == 0 else draft.sentence
        calls = None
        several = meeting_format == "in_person" and SEPARATE_MEETINGS.search(sentence_text)
        if meeting_format == "phone" or several:
            who: list[Person | None] = list(draft.persons)
            if len(who) < len(participants):
                who.insert(0, None)  # the principal known by office alone
            # The main meeting's first person may be a counterpart ("The Prime Minister
            # received calls from A ..."): it held the later calls only.
            held_all = (principal, main_subject) if number > 0 else (principal,)
            subjects = [p for p in held_all if p is not None]
            calls = separate_calls(
                text, document.title, sentences, _listing_sentence(draft),
                (first_sentence, stop), who, [p.country_code for p in participants], subjects,
                home, several=bool(several),
            )
        if calls is None:
            calls = [(list(range(len(participants))), list(range(first_sentence, stop)))]
        for members, call_sentences in calls:
            attending = [participants[i] for i in members]
            meeting = ExtractedMeeting(
                date=date,
                date_precision=precision,
                date_basis=basis,
                format=meeting_format,
                kind="multilateral" if gathering else _kind(attending),
                city=city,
                country_code=country,
                venue=venue,
                evidence_start=span[0],
                evidence_end=span[1],
                participants=attending,
            )
            # Relative due dates ("next month") count from the meeting, which may be days
            # before the readout was published.
            reference = meeting.date if meeting.date_precision == "day" else published
            meeting.commitments = find_commitments(
                text, [sentences[i] for i in call_sentences], attending, reference
            )
            results.append(meeting)
    return results
