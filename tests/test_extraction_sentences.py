from pipelines.extraction.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_glued_paragraphs_are_split():
    text = "Vladimir Putin delivered the message.Vladimir Putin then left."
    assert _sentences(text) == [
        "Vladimir Putin delivered the message.",
        "Vladimir Putin then left.",
    ]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Secretary of State Antony J. Blinken met H.E. Mr. Ali in the U.S. Capitol. They talked."
    assert _sentences(text) == [
        "Secretary of State Antony J. Blinken met H.E. Mr. Ali in the U.S. Capitol.",
        "They talked.",
    ]


def test_dotted_abbreviation_ends_a_sentence_before_a_sentence_starter():
    assert _sentences("He reaffirmed support for the U.S. The two leaders agreed.") == [
        "He reaffirmed support for the U.S.",
        "The two leaders agreed.",
    ]


def test_hard_wraps_stay_inside_a_sentence_and_blank_lines_split():
    text = (
        "National Security Advisor Jake Sullivan met today in Bangkok, Thailand\n"
        "with Prime Minister Srettha Thavisin of Thailand.  Mr.\nSullivan spoke.\n\n\\###"
    )
    assert _sentences(text) == [
        "National Security Advisor Jake Sullivan met today in Bangkok, Thailand\n"
        "with Prime Minister Srettha Thavisin of Thailand.",
        "Mr.\nSullivan spoke.",
        "\\###",
    ]


def test_bullet_lines_are_sentences_and_offsets_point_into_the_text():
    text = (
        "The following diplomats called on President Dissanayake:\n\n"
        "• Ms. S.S. Premawardhane – Ambassador\n• Mr. M.R. Hassen – High Commissioner"
    )
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans][1:] == [
        "• Ms. S.S. Premawardhane – Ambassador",
        "• Mr. M.R. Hassen – High Commissioner",
    ]
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)


def test_french_forms_of_address_do_not_end_a_sentence():
    text = "On 28 October 2016, H.E. Mme. Jane Roe met with Mlle. Ana Lupu. They talked."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "On 28 October 2016, H.E. Mme. Jane Roe met with Mlle. Ana Lupu.", "They talked.",
    ]


def test_shri_with_its_period_does_not_end_a_sentence():
    text = "The Governor called on Shri. Ram Roe, President of India, last evening. He left."
    assert len(split_sentences(text)) == 2
