"""Word lists the extractor reads: offices, honorifics, organisation words, verbs.

Generic English vocabulary of official readouts; no names of people. Multi-word entries are
matched as token sequences. Everything is compared case-insensitively unless noted.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as white-space separated text."""
    return frozenset(text.split())

# Nouns that head an office or title: "Prime Minister", "Prosecutor General", "Governor".
ROLE_HEADS = _words(
    """
    president vice-president premier chancellor minister ministers secretary secretaries
    secretary-general under-secretary ambassador ambassador-designate commissioner
    commissioner-general governor mayor head chief chairman chairwoman chair chairperson
    speaker director director-general administrator advisor adviser representative envoy
    counselor counsellor spokesperson spokesman spokeswoman leader king queen prince
    princess emir amir sultan monarch pope patriarch archbishop bishop cardinal metropolitan nuncio
    imam rabbi mufti commander commander-in-chief general admiral colonel lieutenant major
    captain marshal brigadier officer attorney attorney-general prosecutor procurator judge
    justice senator congressman congresswoman member mp deputy coordinator consul attaché
    chargé charge inspector ceo founder rector editor ombudsman comptroller auditor treasurer
    registrar superintendent sheriff governor-general viceroy regent delegate negotiator
    lawmaker legislator chief-of-staff aide assistant counsel dean provost
    chancellor-designate high-commissioner principal designate head-of-state patron emissary
    ruler crown designer manager whip prelate councilor councillor taoiseach tánaiste comhairle
    tanaiste undersecretary duke duchess fm pm eam dpm mantri gov
    """
)

# Offices that only one state has: the title alone tells whose official it is ("Taoiseach John
# Roe"). Matched as whole words, case-insensitively.
NATIONAL_OFFICES: dict[str, str] = {
    "Taoiseach": "IRL", "Tánaiste": "IRL", "Tanaiste": "IRL", "Ceann Comhairle": "IRL",
    "Chancellor of the Exchequer": "GBR", "Grand Duke": "LUX", "Grand Duchess": "LUX",
}

# Words that modify an office without heading it: "Deputy", "Acting", "Senior Additional".
ROLE_MODIFIERS = _words(
    """
    deputy vice acting first second third senior junior assistant associate special chief
    executive general permanent additional joint interim incoming outgoing lead supreme
    grand principal plenipotentiary extraordinary newly appointed designate former adjunct
    parliamentary presidential federal national state foreign prime high under elect co
    non-resident resident lt
    """
)

# Honorifics and forms of address dropped from names ("Dr.", "H.E.", "Sheikh").
HONORIFICS = _words(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam madame
    h.e. he his her excellency highness majesty eminence holiness beatitude hon hon.
    honourable honorable sheikh sheikha shaikh sheik comrade father rev rev. reverend mx mx.
    attorney-at-law esq excellence venerable ven ven. shri shrimati smt smt. sushri dato datuk
    datin amb amb. royal haji hajjah samdech malam berhormat pehin paduka awang dayang
    pengiran ustaz monsignor msgr msgr. rt rt. eng. engr. seri panglima mme mme. mlle mlle.
    mgr mgr. ing. phdr. judr. mudr. rndr. paeddr. bc. cde cde. alhaji alhaja hajia begum
    barrister dasho mallam engr
    """
)

# Malay honorifics of two words, whose words are names elsewhere ("Sri" in Sinhalese names,
# "Yang" in Chinese ones): "Tan Sri X", "Yang Berhormat Y".
TWO_WORD_HONORIFICS = frozenset(
    {("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("yang", "berhormat"), ("yang", "amat"),
     ("yang", "mulia"), ("yang", "di-pertuan")}
)

# Honorifics written as initials: "H.E. Mr. ...", "H.H. Sheikh ...".
HONORIFIC_INITIALS = frozenset(
    {"H.E.", "H.H.", "H.M.", "H.R.H.", "H.I.H.", "H.S.H.", "H.B.", "H.E", "H.H", "H.M", "H. E.",
     "H. H.", "H. M.", "H E", "H H", "H M"}
)

# Full month names: also given names and surnames ("Theresa May", "April ..."), see people.py.
MONTH_NAMES = _words(
    "january february march april may june july august september october november december"
)
WEEKDAY_NAMES = _words("monday tuesday wednesday thursday friday saturday sunday")

# Military and police ranks: both an honorific and, when nothing else is said, the role.
RANKS = _words(
    """
    gen gen. general admiral adm adm. colonel col col. lieutenant lt lt. major maj maj.
    captain capt capt. brigadier brig brig. marshal sergeant sgt sgt. commodore commander
    cmdr vice-admiral rear-admiral lieutenant-general major-general lieutenant-colonel
    """
)

# Words of the names of organisations, places and offices: never part of a person's name.
ORGANISATION_WORDS = _words(
    """
    ministry ministries department office council assembly committee commission agency
    service services bureau administration government parliament duma senate house congress
    court bank fund union organization organisation party federation republic kingdom
    emirate emirates region oblast krai province territory territories state states city
    command forces force army navy corps guard guards police authority board institute
    institution university academy church conference mission delegation embassy consulate
    secretariat executive cabinet company corporation group association chamber foundation
    society centre center division directorate inspectorate club movement front alliance
    platform initiative summit forum network programme program partnership community zone
    coalition caucus conclave expo exhibition prefecture facility facilities
    district municipality staff chiefs affairs security defence defense intelligence
    interior justice finance economy economic development cooperation co-operation trade
    industry energy health education science technology culture sports labour labor
    agriculture transport environment ecology protection emergency emergencies situations
    digital information communications media tourism employment investment revenue excise
    customs tax public social policy planning infrastructure construction housing natural
    resources fisheries water power railways ports shipping aviation civil human rights
    women youth children family veterans relations international european asian african
    pacific atlantic indo-pacific americas western eastern northern southern central middle
    east west north south united nations sea ocean black strategic nuclear atomic space
    armed military naval air land peace peninsula parliamentary legislative constitutional
    regional local municipal provincial medical biological medical-biological research
    oceanian consular diplomatic treasury commerce homeland veterans' global world national
    federal presidential republican democratic minority majority cabinet's prosecutor's
    president's governor's mfa nato un eu imf iaea osce asean opec wto g7 g20 brics sco
    csto cis caricom oas au ecowas pabsec conventional general's council's office's
    ministry's commonwealth administration's house's operations operation logistics capital
    affairs' islamic catholic orthodox bishops' conference's railway airport port hotel
    palace hall square street avenue building residence compound complex estate camp airbase
    base headquarters museum cathedral mosque temple stadium arena club theatre theater
    political europe asia africa oceania eurasia caribbean balkans baltic scandinavia
    arctic antarctica latin concern holding highways roads rada sejm knesset bundestag majlis
    hural khural
    riksdag storting diet legislature duchy grand-duchy principality sultanate emirate
    airlines airline airways aircraft motors industries limited ltd plc inc llc holdings
    telecom enterprises enterprise budget treasury exchange authority's railways' agency's
    endowment trust plaza tower towers mall school schools college act acts system systems
    agreement agreements principles plan plans strategy studio studios charter treaty accord
    declaration convention protocol memorandum relic statistics census section sections
    unit desk chapter chapters monastery shrine pagoda abbey chapel synagogue basilica
    parish diocese vihara viharaya prison prisons reform reforms village villages room rooms
    award awards prize prizes medal medals league palazzo istana mechanism mechanisms
    observation electoral communication bhavan bhawan times herald tribune gazette journal
    """
)

# Capitalised words that start sentences or headlines but are never names.
# Words that end a body's name ("John Smith Foundation"): never a surname after two given names.
INSTITUTION_HEADS = _words(
    """
    foundation institute university centre center group company corporation council ministry
    bank fund association society trust hospital school college academy agency commission
    committee office department party
    """
)

# Degrees written after a name and its comma: "Ján Szollos, CSc, Member of Parliament".
POST_NOMINALS = _words("csc drsc phd msc llm")

# Titles kept for life or with a seat and written before a name like a form of address: the
# office said after the name is the role ("Senator X, Minister of Foreign Affairs").
STANDING_TITLES = _words(
    """
    senator ambassador imam archbishop bishop cardinal congressman congresswoman
    """
)
# Words opening a sentence before its subject's office: "Meanwhile Foreign Minister X".
SENTENCE_ADVERBS = _words(
    """
    meanwhile however moreover furthermore additionally finally also today yesterday earlier
    later subsequently afterwards thus therefore hence accordingly besides separately likewise
    similarly then
    """
)

NON_NAME_WORDS = POST_NOMINALS | SENTENCE_ADVERBS | _words(
    """
    the a an this that these those he she it they we i you his her their our its my your
    during after before following on in at as also both today yesterday tomorrow earlier
    later when while with without from to by for of and or but if then there here what which
    who whom whose where why how all each every some any many most more other another such
    no not only just even still however meanwhile moreover furthermore additionally finally
    further accordingly besides thus therefore hence upon into onto over under between among
    against about around across through throughout within via per since until according
    readout readouts statement statements remarks meeting meetings call calls telephone
    phone conversation conversations talks visit visits day days week weeks month months
    year years summit conference videoconference video press release note joint fact sheet
    background spokesperson transcript excerpts excerpt session sessions briefing briefings
    message greetings congratulations condolences telegram letter address speech interview
    news photo photos video-conference discussion discussions negotiations consultations
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec mr mrs ms dr prof sir his her excellency highness majesty eminence good
    hello thank thanks welcome dear colleagues friends comrades ladies gentlemen please yes
    well okay now jr sr let first god lord allah covid-19 covid coronavirus omicron delta
    internet web afterwards afterward subsequently allies partners tel fax email e-mail
    website webpage mobile cell election elections referendum polls source sources courtesy
    working signing ceremony ceremonies reception luncheon banquet retreat workshop seminar
    symposium exhibition inquiries enquiries eid ramadan christmas easter diwali nowruz
    one two three four five six seven eight nine ten eleven twelve twenty thirty
    independence solidarity expatriates abroad diaspora nationals emigrants integration
    article articles training heritage countries nations management country sustainability
    scientific cultural educational environmental annual review radio television
    intergovernmental inaugural format kremlin tank tourist congressmen congresswomen
    reference ref phd published segment segments assistance matters persons training transfer
    journalist reporter joining attending accompanying present presenting representing
    """
)

# Month abbreviations that are also syllables of names ("Zin Mar Aung"): inside a name they
# do not end it.
NAME_INNER_MONTHS = _words("jan mar apr jun jul aug sep oct nov dec")

# Words before a rank that belong to it: "Air Vice Marshal", "Rear Admiral", "Lieutenant
# General". A person has one rank, so only these may stand before another rank word.
RANK_PREFIXES = _words(
    "air vice rear flight wing squadron field fleet lieutenant lt lt. major maj maj. brigadier"
    " brig brig. colonel col col."
)

# Royal titles: before a name they are how a person is addressed, not an office ("Foreign
# Minister Prince Faisal"), unless a word before them makes an office ("Crown Prince").
ROYAL_TITLES = _words("prince princess")
ROYAL_OFFICE_PREFIXES = _words("crown hereditary grand")

# Honours of the legal profession written before a name ("President's Counsel X", "King's
# Counsel"): the possessive sovereign, followed by "Counsel".
COUNSEL_SOVEREIGNS = _words("president queen king")

# Regnal numbers that end a monarch's name: "King Abdullah II", "Pope Benedict XVI".
REGNAL_NUMBERS = _words("II III IV VI VII VIII IX XI XII XIII XIV XV XVI")

# Lower-case words before a place name that make it a place, not a person: "in New York".
PLACE_PREPOSITIONS = _words("in at from near across throughout to")

# Lower-case particles inside personal names: "Mohammed bin Salman", "Ursula von der Leyen".
# Titles written inside a name and dropped from it: "Malcolm Cardinal Ranjith".
INNER_NAME_TITLES = frozenset({"cardinal", "haji"})

NAME_PARTICLES = _words(
    """
    bin bint ibn ibni al el de da das dos do du van von der den la le ul di y ben abu
    """
)

# Organisations whose officials serve no single state (participant country stays null).
INTERNATIONAL_ORGANISATIONS = (
    "United Nations", "UN", "U.N.", "NATO", "North Atlantic Treaty Organization",
    "European Union", "EU", "European Commission", "European Council", "European Parliament",
    "Council of Europe", "Council of the European Union", "International Monetary Fund", "IMF",
    "World Bank", "International Atomic Energy Agency", "IAEA", "World Health Organization",
    "WHO", "OSCE", "Organization for Security and Co-operation in Europe", "ASEAN",
    "African Union", "Organization of American States", "OAS", "World Trade Organization",
    "WTO", "OPEC", "Commonwealth Secretariat", "International Committee of the Red Cross",
    "ICRC", "Red Cross", "UNICEF", "UNHCR", "UNESCO", "FAO", "World Food Programme", "WFP",
    "Asian Development Bank", "ADB", "International Criminal Court", "ICC", "Interpol",
    "Eurasian Economic Union", "Eurasian Economic Commission", "CSTO",
    "Collective Security Treaty Organisation", "Shanghai Cooperation Organisation", "SCO",
    "Commonwealth of Independent States", "CIS", "BRICS", "G7", "G20", "PABSEC",
    "Parliamentary Assembly of the Black Sea Economic Cooperation", "Black Sea Economic",
    "Gulf Cooperation Council", "GCC", "Arab League", "League of Arab States", "ECOWAS",
    "CARICOM", "Caribbean Community", "New Development Bank", "OECD",
    "Pacific Islands Forum", "International Energy Agency", "IEA", "World Economic Forum",
    "Inter-American Development Bank", "International Organization for Migration", "IOM",
    "European Bank for Reconstruction and Development", "EBRD", "European Investment Bank",
    "European External Action Service", "EEAS",
    # Full names and other spellings of the above, and more regional and specialised bodies.
    "North Atlantic Treaty Organisation", "Organisation for Security and Co-operation in Europe",
    "Shanghai Cooperation Organization", "Collective Security Treaty Organization",
    "Association of Southeast Asian Nations", "Organisation of Islamic Cooperation",
    "Organization of Islamic Cooperation", "OIC", "South Asian Association for Regional "
    "Cooperation", "SAARC", "BIMSTEC", "Indian Ocean Rim Association", "IORA",
    "Organization of Turkic States", "Organisation of Turkic States",
    "Conference on Interaction and Confidence-Building Measures in Asia", "CICA",
    "International Organisation of La Francophonie", "Organisation internationale de la "
    "Francophonie", "Community of Portuguese Language Countries", "CPLP", "MERCOSUR",
    "Mercosur", "Andean Community", "CELAC", "Central American Integration System", "SICA",
    "East African Community", "Southern African Development Community", "SADC", "IGAD",
    "Economic Community of West African States", "European Free Trade Association", "EFTA",
    "Nordic Council", "Council of the Baltic Sea States", "Organization of the Black Sea "
    "Economic Cooperation", "BSEC", "International Labour Organization", "ILO", "UNDP", "UNEP",
    "UNFCCC", "UNCTAD", "UNIDO", "UNFPA", "UN Women", "OHCHR", "International Court of Justice",
    "ICJ", "Permanent Court of Arbitration", "OPCW", "CTBTO", "International Maritime "
    "Organization", "International Civil Aviation Organization", "ICAO", "International "
    "Telecommunication Union", "World Intellectual Property Organization", "WIPO",
    "International Renewable Energy Agency", "IRENA", "Asian Infrastructure Investment Bank",
    "AIIB", "African Development Bank", "AfDB", "Islamic Development Bank",
    "Eurasian Development Bank", "International Finance Corporation",
    "Bank for International Settlements", "World Tourism Organization", "UNWTO",
    "Organisation for Economic Co-operation and Development", "Organization for Economic "
    "Cooperation and Development",
    # Regional and specialised bodies whose officials readouts name without a state.
    "Economic Cooperation Organization", "Economic Cooperation Organisation", "ECO", "EAC",
    "Common Market for Eastern and Southern Africa", "COMESA", "Economic Community of Central "
    "African States", "ECCAS", "CEMAC", "West African Economic and Monetary Union", "UEMOA",
    "WAEMU", "Southern African Customs Union", "Organisation of Eastern Caribbean States",
    "Organization of Eastern Caribbean States", "OECS", "Association of Caribbean States",
    "Caribbean Development Bank", "Central American Bank for Economic Integration", "CABEI",
    "Inter-Parliamentary Union", "IPU", "Commonwealth Parliamentary Association",
    "Union for the Mediterranean", "Arab Maghreb Union", "Arab Monetary Fund", "OAPEC",
    "Gas Exporting Countries Forum", "International Solar Alliance", "Pacific Islands "
    "Development Forum", "Melanesian Spearhead Group", "Parliamentary Assembly of the Council of "
    "Europe", "PACE", "OSCE Parliamentary Assembly", "NATO Parliamentary Assembly",
    "Economic Commission for Africa", "Economic and Social Commission for Asia and the Pacific",
    "ESCAP", "UNESCAP", "Economic Commission for Latin America and the Caribbean", "ECLAC",
    "ESCWA", "UNECE", "UN-Habitat", "UNODC", "UNAIDS", "UNOPS", "UNRWA",
    "World Meteorological Organization", "WMO", "Universal Postal Union",
    "International Fund for Agricultural Development", "IFAD", "Colombo Plan",
    "ASEAN-China Centre", "Organization of Ibero-American States", "Latin American and "
    "Caribbean Economic System", "Intergovernmental Authority on Development",
)

# Bodies that are not a state's: their officers have no country (private, religious).
NON_STATE_MARKERS = (
    "Church", "Catholic", "Orthodox", "Archbishop", "Bishop", "Cardinal", "Patriarch", "Mufti",
    "Rabbi", "Imam", "Diocese", "Public Organisation", "Public Organization", "Association",
    "Foundation", "Union of Industrialists", "Chamber of Commerce",
    "Non-Governmental", "NGO", "Red Cross",
)

# Verbs that report what a person present did: "Krasnov invited ...", "Lavrov presented ...".
AGENT_VERBS = _words(
    """
    said says noted notes stressed stresses presented presents informed informs thanked
    thanks expressed expresses emphasized emphasised emphasizes emphasises underlined
    underlines underscored underscores highlighted highlights welcomed welcomes briefed
    briefs reported reports raised raises spoke speaks asked asks suggested suggests
    proposed proposes invited invites agreed agrees discussed discusses conveyed conveys
    reaffirmed reaffirms affirmed affirms acknowledged acknowledges extended extends
    congratulated congratulates assured assures commended commends praised praises updated
    updates explained explains outlined outlines offered offers requested requests pointed
    added adds stated states mentioned recalled shared shares called calls urged urges drew
    voiced voices signed signs delivered delivers handed hands announced announces confirmed
    confirms also further then made makes replied responded answered told tells gave gives
    recognized recognised reiterated reiterates appreciated appreciates lauded applauded
    condemned condemns met meets hosted received described reviewed provided provides
    elaborated detailed
    """
)

# Words of a state's long-form name that may stand between "of the" and the country:
# "of the Socialist Republic of Vietnam", "of the Kingdom of Saudi Arabia".
STATE_FORM_WORDS = _words(
    """
    the of socialist republic kingdom federal islamic people's peoples democratic united
    state commonwealth arab federative bolivarian plurinational hashemite sultanate
    principality grand duchy union oriental independent co-operative cooperative
    """
)

# Abbreviations whose period belongs to the token ("Dr.", "Gen.", "Jr.").
DOTTED_WORDS = _words(
    """
    mr mrs ms dr prof gen lt col maj capt adm sgt brig jr sr st rev hon amb sen rep gov cmdr
    eng engr mgr ing phdr judr mudr rndr paeddr bc rt msgr mme mlle smt shri ven
    """
)

# Common nouns that a capitalised adjective may modify: "the Associated Trio countries".
COMMON_HEAD_NOUNS = _words(
    """
    countries country states nations nation members member leaders leader delegation
    delegations side sides government governments region regions authorities officials
    people peoples forces troops company companies side's project projects initiative
    format process agreement agreements talks summit programme program partners partnership
    citizens community communities sector sectors representatives envoys executives
    diplomats experts specialists employees workers staff
    """
)

# Capitalised words of headlines that end an office phrase: "Pakistan High Commissioner Meets
# President ...".
HEADLINE_BREAKS = _words(
    """
    meets met meet holds held calls called receives received hosts hosted visits visited pays
    paid speaks spoke talks discusses discussed with and to on at in signs signed attends
    attended welcomes welcomed joins joined congratulates thanks chairs chaired has had
    according during following after before while when as also announces announced
    launches launched holds call visit meeting courtesy conversation
    """
)
