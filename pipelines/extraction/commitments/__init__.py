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

Modules: `assemble` (entry point, one commitment per undertaking), `agreements`, `invitations`,
`pledges`, `futures` and `pledge_items` (the three kinds of trigger), `instruments` (what is
signed), `filters` (hedged, negated, recalled), `parties` and `participants` (who acts, who is
the other side), `clauses`, `due`, `candidate`, `regex`; vocabulary in `commitment_patterns`.
"""

from pipelines.extraction.commitments.assemble import find_commitments

__all__ = ["find_commitments"]
