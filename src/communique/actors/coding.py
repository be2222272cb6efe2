"""An actor's country and sector, decided from its evidence in a fixed order.

Every code carries its reason and the kind of evidence it rests on
(``Actor.basis``), most trusted first:

``article``
    a title, nationality, affiliation, apposition or description attached
    to any mention of the actor in this article ("Russian Foreign Minister",
    "director of Peru's customs agency", "X, a senator from Ohio");
``dictionary``
    a bundled dictionary entry matching the actor's full name (or a unique
    alias), or a title and surname that only one person held on the
    article's date, with the role valid at that date; in an article of
    unknown date, a title and surname whose every holder in the dictionaries
    held it for one country in one sector (marked so in the reason);
``user``
    an entry of the user's actors file;
``inferred``
    a story-level default: an official named by a national office ("the
    interior minister", or that office as the title of a name no dictionary
    holds), or a party described only by a role of a domestic sector
    ("rebels", "the opposition party"), in a story about one country gets
    that country.

A surname alone never gives a code, and no evidence gives no code: a missing
code is better than a wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass

from communique.actors.dictionary import STATE_SECTORS, Entry
from communique.actors.titles import NON_STATE, Title


@dataclass(frozen=True, slots=True)
class Code:
    """The decided codes of one actor, and why."""

    country: str | None = None
    sector: str | None = None
    reason: str = ""
    basis: str | None = None  # article | dictionary | user | inferred; None without a code
    office: str | None = None
    identifier: str | None = None


def decide(
    titles: list[Title],
    entry: Entry | None,
    entry_how: str | None,
    day: str | None,
) -> Code:
    """The code of one actor from the titles attached to its mentions and its entry.

    The first title that names a country wins (the text the reader sees
    first); a sector missing from it is taken from another title naming the
    same country, then from the dictionary entry if it agrees on the country or
    names none (a group PETRARCH2 codes by a region: "Palestinian Islamic Jihad"
    is PSE by its name and REB by the dictionary).
    """
    office = next((t.role.key for t in titles if t.role is not None), None)
    ident = (entry.identifier or None) if entry is not None else None
    with_country = [t for t in titles if t.country]
    standing = entry.standing(day) if entry is not None else None
    if entry is not None and standing is not None and standing.office and office is None:
        office = standing.office
    if with_country:
        first = with_country[0]
        country, sector, reason = first.country, first.sector, first.reason
        if sector is None:
            for t in with_country[1:]:
                if t.country == country and t.sector:
                    sector, reason = t.sector, f"{reason}; {t.reason}"
                    break
        if (
            sector is None
            and standing is not None
            and standing.country in (country, None)
            and standing.sector
        ):
            sector, reason = standing.sector, f"{reason}; sector from {standing.reason}"
        return Code(country, sector, reason, "article", office, ident)
    if entry is not None and standing is not None and (standing.country or standing.sector):
        sector = standing.sector
        reason = standing.reason
        if entry_how == "office" and entry.undated:
            reason = (
                f"{reason}: article date unknown; every holder of the office '{entry.office}' "
                f"with this surname ({', '.join(entry.undated)}) was {standing.country} "
                f"{standing.sector}"
            )
        elif entry_how == "office":
            reason = f"{reason} (the only holder of that office with this surname)"
        # the text says what the person is now, which a dated dictionary may not know:
        # "Vice-President Moody Awori", "the senator"
        said = next((t for t in titles if t.sector and t.role is not None), None)
        if said is not None and said.sector != sector:
            sector, reason = said.sector, f"{reason}; sector {said.reason}"
        return Code(standing.country, sector, reason, entry.basis, office, ident)
    said = next((t for t in titles if t.sector), None)
    if said is not None:
        return Code(None, said.sector, said.reason, "article", office, ident)
    return Code(None, None, "", None, office, ident)


def story_default(
    code: Code,
    titles: list[Title],
    story: str | None,
    *,
    described_only: bool,
    titled_unknown: bool = False,
    local_sectors: frozenset[str] = frozenset(),
) -> Code:
    """An uncoded official named by a national office takes the country of a story about one
    country, marked as inferred: named by the office only ("the interior minister"), or by the
    office as a title before a name that no dictionary holds ("President Dos Santos" spelled
    another way). The office and the story give the code; the name gives nothing.

    A party described only by a role of ``local_sectors`` ("rebels", "the main opposition
    party", "striking miners") takes the story's country too: such people are the domestic
    sides of the country's politics, as the PLOVER manual's sector table calls civilians
    "unarmed domestic entities". A name never does: the text names a person or group whose
    country it does not say."""
    if story is None or code.country is not None or story in NON_STATE:
        return code
    if not (described_only or titled_unknown):
        return code
    role = next((t.role for t in titles if t.role is not None), None)
    if role is None:
        return code
    local = role.office.sector in local_sectors and role.office.country is None
    # an office a state holds (STATE_SECTORS) gets the story's country by default, as a title or
    # described alone; a domestic sector (`local_sectors` of titles.yaml) only described
    if role.office.sector not in STATE_SECTORS and not (described_only and local):
        return code
    sector = code.sector or role.sector
    named = "" if described_only else " as the title of a name no dictionary holds"
    reason = (
        f"inferred: '{role.phrase}'{named} in a story about one country ({story}); "
        "no country named for this actor"
    )
    return Code(story, sector, reason, "inferred", code.office, code.identifier)


def side_default(
    code: Code, titles: list[Title], partner: str, local_sectors: frozenset[str]
) -> Code:
    """An uncoded party described only by a domestic sector's role (``local_sectors``:
    "rebels", "the opposition") named beside one state's body ("the Philippine government
    and communist rebels", "the rebels and the Colombian army") takes that
    state's country, marked as inferred: the sides of a state's conflict or talks that the text
    pairs with it are its domestic sides, as the story default reads them in a story about one
    country (:func:`story_default`)."""
    if code.country is not None or partner in NON_STATE:
        return code
    role = next((t.role for t in titles if t.role is not None), None)
    if role is None or role.office.country is not None:
        return code
    if role.office.sector not in local_sectors:
        return code
    reason = (
        f"inferred: '{role.phrase}' named beside a party of one country ({partner}); "
        "no country named for this actor"
    )
    return Code(
        partner, code.sector or role.sector, reason, "inferred", code.office, code.identifier
    )
