"""Role categories as data: (category, pattern) tried in order on the folded role and
organisation; the first match wins, so specific offices come before the general words they
contain ("Deputy Foreign Minister" before "Foreign Minister", "President of the Senate" before
"President")."""

ROLE_CATEGORY_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "international_official",
        r"\b(?:secretary general|director general|united nations|un|nato|european (?:commission"
        r"|council|union|parliament)|eu|osce|imf|international monetary fund|world bank|who"
        r"|world health organization|african union|asean|wto|iaea|unicef|unhcr|opec"
        r"|high representative|high commissioner for)\b",
    ),
    (
        "security_or_intelligence",
        r"\b(?:national security|security council|intelligence"
        r"|security service|homeland security|police|border guard|fsb|cia|fbi)\b",
    ),
    (
        "deputy_minister",
        r"\b(?:deputy|vice|assistant|under|state|first deputy|parliamentary) (?:foreign )?"
        r"(?:minister|secretary)\b|\bundersecretary\b|\bminister of state\b|\bdeputy head of\b",
    ),
    (
        "minister",
        r"\b(?:vice president|deputy prime minister|vice premier|first vice premier)\b",
    ),
    (
        "foreign_minister",
        r"\b(?:foreign (?:minister|secretary|affairs minister)|minister (?:of|for) (?:foreign"
        r"|external) affairs|external affairs minister|secretary of state(?! for)"
        r"|foreign affairs)\b",
    ),
    (
        "head_of_government",
        r"\b(?:prime minister|premier|head of government|chancellor|taoiseach)\b",
    ),
    (
        "legislator",
        r"\b(?:speaker|senator|senate|congress(?:man|woman|member)?|member of parliament|mp"
        r"|parliament(?:ary|arian)?|legislat\w*|assembly|duma|house of (?:representatives"
        r"|commons|lords)|representative|rada|knesset|bundestag|lawmaker)\b",
    ),
    (
        "prosecutor_or_judge",
        r"\b(?:prosecutor|attorney general|judge|chief justice|court"
        r"|procurator)\b",
    ),
    (
        "ambassador",
        r"\b(?:ambassador|envoy|charge d affaires|permanent representative|consul"
        r"|special representative|high commissioner)\b",
    ),
    (
        "adviser",
        r"\b(?:advis[eo]r|aide|counsell?or|chief of staff|head of (?:the )?presidential"
        r"|presidential (?:office|administration)|spokes(?:person|man|woman))\b",
    ),
    (
        "military",
        r"\b(?:general|admiral|colonel|commander|chief of (?:the )?(?:general|defen[cs]e) staff"
        r"|joint chiefs|armed forces|military|army|navy|air force|marshal)\b",
    ),
    (
        "head_of_state",
        r"\b(?:president|king|queen|emir|amir|sultan|emperor|monarch|grand duke|head of state"
        r"|supreme leader|governor general|pope)\b",
    ),
    (
        "regional_official",
        r"\b(?:governor|mayor|regional|region|province|provincial|oblast|municipal|city council"
        r"|head of the republic)\b",
    ),
    ("minister", r"\b(?:minister|secretary of|secretary|cabinet)\b"),
)
