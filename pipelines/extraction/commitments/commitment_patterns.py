"""Vocabulary of commitments: the words and phrases that make, block or qualify an undertaking.

Data only. The modules of this package compile these into regular expressions once, at
import. Entries are regex fragments (case-insensitive unless stated); a space stands for any
run of white space.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A set of words written as one white-space separated block."""
    return frozenset(text.split())


# --- Written instruments (agreements) -----------------------------------------------------

# Head nouns of texts that are signed, adopted or exchanged. Domestic legal acts (laws,
# executive orders, decrees, resolutions) are left out: signing them is not an undertaking
# between the parties of a meeting.
DOCUMENT_NOUNS: tuple[str, ...] = (
    r"memorand(?:um|a|ums)(?: of (?:understanding|cooperation|intent))?",
    r"MoUs?",
    r"MoCs?",
    r"(?:joint |common |final )?statements?",
    r"(?:joint )?declarations?",
    r"communiqu[eé]s?",
    r"agreements?",
    r"accords?",
    r"treat(?:y|ies)",
    r"protocols?",
    r"conventions?",
    r"charters?",
    r"road ?maps?",
    r"(?:action|cooperation|work|working) plans?",
    r"plans? (?:of|for) (?:action|cooperation|measures|(?:\w+ )?consultations)",
    r"programmes?(?: of cooperation)?",
    r"programs?(?: of cooperation)?",
    r"letters? of (?:intent|cooperation|understanding)",
    r"contracts?",
    r"deals?",
    r"frameworks?",
    r"documents?",
    r"instruments?(?: of ratification)?",
    r"arrangements?",
)

# Verbs that, in the active voice with an instrument as object, report its signing.
SIGNING_VERBS: tuple[str, ...] = (
    "signed", "inked", "initialled", "initialed", "concluded", "adopted", "exchanged",
    "approved", "endorsed", "issued",
)

# Words between a determiner and the instrument's head noun that show it is not one
# ("signed the guest book", "adopted the decision that ...").
DOCUMENT_PHRASE_BREAKERS: tuple[str, ...] = (
    "that", "which", "who", "to", "on", "in", "at", "by", "for", "with", "book", "law", "laws",
    "order", "decree", "resolution", "bill",
)

# Determiners that open an instrument's noun phrase.
DOCUMENT_DETERMINERS = (
    r"a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|a number of|a series of"
    r"|a package of|a set of|their|its|joint|new|bilateral|\d+"
)

# A sentence that lists the instruments announced by the one before it.
ENUMERATION_OPENERS = (
    r"(?:this|these|they|those|the (?:documents|agreements)) (?:included?|includes|comprised?"
    r"|comprises|are|were)|among them|they are|these are|including"
)

# --- Invitations ----------------------------------------------------------------------------

INVITATION_VERBS = (
    r"invited|invites|invite"
    r"|(?:would|will) be (?:pleased|happy|glad|delighted|honou?red) to (?:host|welcome|receive)"
    r"|(?:extend|extended|conveyed|renewed|handed over|delivered|passed on|issued)"
    r" (?:an|a|his|her|the|their|its) (?:\w+ ){0,2}invitations?"
)

# "invited X to <these>": what follows "to" in an invitation to visit or attend.
INVITATION_PURPOSES = (
    r"visit|pay|make|come|attend|participate|take part|join|hold|host|travel|be|address"
    r"|the|a|an|his|her|their|our|its|this|next"
)

# "invited X to report" is the chair giving someone the floor, not an invitation.
FLOOR_GIVING_VERBS = (
    r"speak|report|take the floor|say|begin|start|present|give|comment|share|make a report"
    r"|open|brief|update|tell|continue|answer|respond|outline|sum up|summarise|summarize"
)

# --- Pledges --------------------------------------------------------------------------------

# Finite verbs of undertaking followed by "to <verb>" ("agreed to continue").
UNDERTAKING_VERBS = (
    r"agreed|agree|agrees|pledged|pledge|pledges|committed|commit|commits|promised|promise"
    r"|promises|undertook|undertake|undertakes|vowed|vow|vows|decided|decide|decides|resolved"
    r"|offered|reached (?:an? )?(?:agreement|understanding|consensus)"
    r"|(?:an? )?(?:agreement|understanding) was reached"  # made by all the parties
)

# Verbs of ordering another to act ("directed staff to continue"); the participant who
# orders undertakes that it is done.
DIRECTIVE_VERBS = r"instructed|directed|tasked|ordered|charged|mandated"

# Verbs of announcing a new measure ("announced new democracy programs").
ANNOUNCING_VERBS = r"announced|announces|unveiled"

# A participant taking up a proposal just made at the meeting ("supported this initiative",
# "Let's do as you suggest"): the demonstrative points back to it, so the proposal is undertaken.
ACCEPTING_VERBS = r"supported|supports|endorsed|accepted|approved"
PROPOSAL_NOUNS = r"initiative|proposal|request|idea|suggestion|recommendation"
# ("Yes, let's do it" after a first assent repeats it, so "it" is not among them.)
ASSENT_FORMULAS = r"let(?:'s|’s| us) do (?:as you (?:suggest|suggested|propose|proposed)|that)"

# Future markers that may carry a pledge when a participant speaks or is the subject.
FUTURE_MARKERS = (
    r"will|would|shall|intends? to|intend to|plans? to|is planning to|are planning to"
    r"|is going to|are going to"
)

# Future markers that are also nouns ("an ambitious plan to rebuild"): these need their subject
# right before them.
NOUN_LIKE_MARKERS: frozenset[str] = frozenset({"plan to", "plans to", "intends to", "intend to"})

# Verbs that are concrete only with a particular object: "take steps", "set up".
CONCRETE_VERB_PHRASES = (
    r"(?:take|taken) (?:all |the |any )?(?:(?:necessary|appropriate|further|additional|concrete"
    r"|urgent|immediate|practical|relevant|required|swift|decisive|specific) )*(?:steps|measures"
    r"|action|actions)|set up|sets up|(?:step|stepped) up|(?:scale|scaled) up"
)

# Objects of a future "hold" that make it a schedule announcement, not an undertaking.
SCHEDULED_MEETINGS = (
    r"(?:a |an |the |bilateral |high-level |further |several |a series of )*(?:talks|meetings?"
    r"|discussions|consultations|negotiations|a call|calls|a conversation|conversations)"
)

# Conjunctions that open a subordinate clause: an undertaking inside one is background ("When I
# decided to run ...").
SUBORDINATORS = (
    r"when|whenever|after|before|since|once|until|as soon as|if|unless|although|though"
    r"|because|while|whereas|where"
)

# Verbs whose future is a checkable action (provision, signing, meetings, building ...).
CONCRETE_ACTION_VERBS: frozenset[str] = _words(
    """
    provide provided supply supplied deliver delivered send sent donate donated allocate
    allocated transfer transferred pay paid fund funded finance financed grant granted extend
    extended submit submitted sign signed conclude concluded hold held host hosted convene
    convened organize organized organise organised visit visited open opened reopen reopened
    build built construct constructed establish established create created launch
    launched authorize authorized authorise authorised introduce introduced
    deploy deployed dispatch dispatched train trained resume resumed release released lift
    lifted waive waived approve approved invest invested contribute contributed ship shipped
    purchase purchased buy bought restore restored rebuild rebuilt repair repaired install
    installed expedite expedited earmark earmarked disburse disbursed issue issued attend
    attended participate
    """
)

# Base verbs that may follow "committed to" (which otherwise takes a noun: "committed to peace").
COMMITTED_TO_VERBS: frozenset[str] = _words(
    """
    work continue increase further strengthen deepen expand support provide maintain remain
    stay keep pursue advance ensure promote enhance build develop address deliver hold meet
    consult coordinate cooperate help take make boost bolster seek explore establish implement
    intensify accelerate reduce protect defend uphold facilitate mobilize mobilise invest fund
    finance stand sustain broaden create launch open send supply restore resume improve
    """
)

# Words that make a future clause hedged, hoped-for, demanded of others or conditional.
HEDGES = (
    r"hope|hoped|hopes|hoping|hopeful|wish|wished|wishes|expect|expects|expected|expectation"
    r"|confident|confidence|convinced|believe|believes|believed|trust|trusts|assume|likely|possibly"
    r"|perhaps|maybe|might|could|may|should|must|if|unless|whether|called on|called upon"
    r"|calls on|calls upon|call on|urged|urges|urge|asked|asks|requested|requests|encouraged"
    r"|encourages|appealed|demanded|demands|insisted|proposed|proposes|suggested|suggests"
    r"|offered to consider|possibility|possible|prospects?|the need|need to|needs to"
    r"|importance|important|discussed|discussing|discuss|welcomed|welcomes|praised|thanked"
    r"|appreciated|appreciates|commended|recalled|recalling|noted with satisfaction|ready"
    r"|readiness|willingness|desire|wants? to"
    r"|would like(?! to (?:note|say|stress|emphasi[sz]e|point out|mention|inform|add|repeat"
    r"|underline|remind|reiterate|confirm|announce))|seeks? to|sought to|tried to|try to"
    r"|refused|refuses|declined|failed|reported that|according to media"
)

# Markers that the undertaking was made before the meeting: recalled, not made.
RECALL_BEFORE = (
    r"had|had been|previously|earlier|already|once|(?<!well\s)as|the|were|was|been|being"
)
RECALL_AFTER = (
    r"by|upon|earlier|previously|last (?:year|month|week|time)|before|during (?:his|her|their"
    r"|the) (?:previous|last|earlier)|in the past|back in|ago"
)

NEGATIONS = r"not|never|no longer|n't|neither|nor|refused to|declined to|failed to"

# Subjects that stand for every party to the meeting.
COLLECTIVE_SUBJECTS = (
    r"(?:the|both|all) (?:two )?(?:parties|sides|leaders|presidents|heads of state|ministers"
    r"|prime ministers|foreign ministers|secretaries|officials|interlocutors|participants"
    r"|delegations|counterparts|governments|countries|nations|chancellors|governors)"
    r"|both (?:leaders|sides|parties|presidents|ministers|officials|countries|governments)"
    r"|the two(?: \w+)?|the pair|the three(?: \w+)?|they|both|it was|each side|each other"
    r"|the (?:parties|sides|leaders|presidents|interlocutors|participants|delegations)"
    # "Ministers agreed to reconvene quarterly": a capitalised bare plural opening the clause.
    r"|(?-i:Ministers|Leaders|Presidents|Officials|Delegations|Participants|Parties|Sides)"
)

# Office words that open a participant's title when written without the name ("the Secretary").
TITLE_HEADS = (
    r"President|Vice President|Prime Minister|Deputy Prime Minister|Chancellor|Minister"
    r"|Foreign Minister|Secretary(?:-General| General)?|Deputy Secretary|Under Secretary"
    r"|Secretary of State|Governor|Ambassador|High Commissioner|Special Representative"
    r"|Special Envoy|Envoy|Chairman|Chair|Chairwoman|Speaker|King|Queen|Emir|Amir|Sheikh"
    r"|Crown Prince|Prince|Director(?:-General| General)?|Commander|Admiral|General|Head"
    r"|Head of State|National Security Advisor|Advisor|Adviser|Mayor|Premier|Commissioner"
    r"|Prosecutor General|Attorney General|Pope|Patriarch|Archbishop|Cardinal|Sultan"
)

# Nouns for a state's government standing for its representatives ("the Biden Administration",
# "the New Zealand government", "the Canadian side").
GOVERNMENT_NOUNS = r"administration|government|side|cabinet|authorities|delegation|team"

# Reporting verbs that put a participant's words in indirect speech ("stated that ... will").
REPORTING_VERBS = (
    r"said|says|stated|states|noted|notes|added|adds|announced|announces|confirmed|confirms"
    r"|assured|assures|promised|promises|pledged|told|informed|declared|declares|stressed"
    r"|emphasized|emphasised|underlined|underscored|indicated|indicates|explained|agreed"
    r"|conveyed|reported|highlighted|mentioned|replied|responded|affirmed|reaffirmed"
)

# First-person formulas by which a chair decides ("I consider it necessary to approve").
FIRST_PERSON_DECISIONS = (
    r"I (?:consider|deem|find|think) it (?:necessary|appropriate|expedient|right) to"
    r"|I (?:have (?:decided|made a decision)|decided|instruct|am instructing|hereby \w+)"
)

# Words of a participant's name that do not identify them (honorifics, particles).
HONORIFICS: frozenset[str] = _words(
    """
    mr mrs ms dr h.e he sir madam his her excellency hon prof jr sr ii iii de da van von bin al
    el the
    """
)
