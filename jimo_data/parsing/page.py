"""Parse one page: a pure function of the file's bytes.

`parse_page(data)` returns a `ParsedPage`: the page's own fields and the rows it
contributes to every table, with articles numbered by `seq` (1, 2, …) in reading order.
Nothing here knows the file's path; the corpus loader attaches `page_id`s, so that the
parse of a file can be cached under its content hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace

from . import dates
from .bylines import CORRESPONDENT, REPORTER, Byline
from .decode import decode_bytes
from .layout import ARTICLE, listed_titles, segment
from .masthead import read_header, split_title_and_stamp
from .officials import Official, find_officials, held_alone, jurisdiction, principal_office
from .places import home_chain, home_on, place_ending_at, place_names, short_name
from .projects import find_projects
from .publications import named, of_outlet, of_page
from .terms import term_counts
from .text import HAN_CHAR, simplified, without_cell_bars

OK, WARNING, ERROR = "ok", "warning", "error"
NO_DATE = "no date:"  # how the problem of a page without a date begins (a correction's date lifts it)
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
# An indent's spaces a copy lost to its encoding, question marks opening a line before a space (`??? 記者 李一`).
_LOST_INDENT = re.compile(r"^\?{2,}[ \t]+", re.M)
# The parts of an article that make its text, in reading order.
ARTICLE_TEXT_PARTS = ("kicker", "headline", "subheadline", "body")
# A newspaper page is 5,000 to 20,000 characters. Far longer text is a concatenation or
# garbage; only its beginning is analysed, so one bad file cannot stall an ingest.
MAX_PAGE_CHARS = 200_000


@dataclass
class ParsedPage:
    content_hash: str
    page: dict
    articles: list[dict] = field(default_factory=list)
    bylines: list[dict] = field(default_factory=list)
    officials: list[dict] = field(default_factory=list)
    projects: list[dict] = field(default_factory=list)
    # Columns, not rows: a page has hundreds of term counts, and a whole archive millions.
    terms: dict[str, list] = field(default_factory=lambda: {"seq": [], "term": [], "count": []})


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    """A hash of what a page says, whatever its bytes: the decoded text with the white
    space at the ends of its lines and of the page dropped. Two files of one page (one
    saved as GB18030, one as UTF-8; one with CRLF, one with a BOM) have the same."""
    normalised = "\n".join(line.strip() for line in text.split("\n")).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def parse_page(data: bytes) -> ParsedPage:
    """An undecodable file is an `error` page whose problem says why. Otherwise the page
    is a `warning` exactly when it has problems (a decoding problem, more than
    MAX_PAGE_CHARS characters, no article, no date) and `ok` when it has none. Staff
    bylines follow the first item's own (a citation names who wrote it first). The publication is the masthead's, else
    the one the page's bylines name (`publication_of_bylines`), else `guess_publication`."""
    decoded = decode_bytes(data)
    digest = content_hash(data)
    if decoded.is_error:
        return ParsedPage(digest, _page_fields(status=ERROR, problems=[decoded.problem], n_chars=0))
    try:
        return _parsed(decoded, digest)
    except Exception as error:  # a rule's bug on one page: that page is an error row, the others load
        problem = f"the parser failed on this page ({type(error).__name__}: {error}); please report it"
        fields = {"n_chars": len(decoded.text), "encoding": decoded.encoding, "text_hash": text_hash(decoded.text)}
        return ParsedPage(digest, _page_fields(status=ERROR, problems=[problem], **fields))


def _parsed(decoded, digest: str) -> ParsedPage:
    # A mirror site's inline pinyin glosses (區(qū)長) are no part of the page, nor a lost indent's marks.
    text = _PINYIN_GLOSS.sub("", decoded.text)
    text = _LOST_INDENT.sub("", text) if "??" in text else text
    problems = [decoded.problem] if decoded.problem else []
    if len(text) > MAX_PAGE_CHARS:
        problems.append(f"{len(text):,} characters, far more than a newspaper page: only the first {MAX_PAGE_CHARS:,} were analysed")
    lines = split_title_and_stamp(without_cell_bars(text[:MAX_PAGE_CHARS].split("\n")))
    header = read_header(lines)
    page_date = dates.resolve_date(text[:MAX_PAGE_CHARS], header.date, header.date_evidence)
    items, staff = segment(lines, header.furniture, header.stamps)
    items.sort(key=lambda item: item.line_no)
    staff = header.credits + staff  # who wrote it (a stamp's 作者), then who edited the page
    if staff and items:
        items[0].bylines = items[0].bylines + staff

    publication = header.publication or header.source or publication_of_bylines(items) or guess_publication(text)
    home = home_of(publication, header.section, page_date.date)
    parsed = ParsedPage(digest, {})
    listed = listed_titles(lines, header.furniture)
    for seq, item in enumerate(items, start=1):
        _add_item(parsed, seq, item, home, page_date.date, listed)

    if not items:
        problems.append("no article found on the page")
    if (share := _han_share_when_low(text)) is not None:
        problems.append(f"little Chinese text ({share:.0%} of its letters are Han characters): is this a newspaper page?")
    if page_date.source == dates.UNKNOWN:
        problems.append(f"{NO_DATE} the page has no masthead or dateline, and no day it names has a year")
    parsed.page = _page_fields(
        status=WARNING if problems else OK,
        problems=problems,
        publication=publication,
        section=header.section,
        page_no=header.page_no,
        date=page_date.date,
        date_source=page_date.source,
        date_evidence=page_date.evidence,
        issue_no=header.issue_no,
        lunar_date=header.lunar_date,
        weekday=header.weekday,
        n_articles=sum(item.kind == ARTICLE for item in items),
        n_chars=len(text),
        encoding=decoded.encoding,
        text_hash=text_hash(text),
    )
    return parsed


def _add_item(parsed: ParsedPage, seq: int, item, home: str, day: dt.date | None, listed: frozenset[str]) -> None:
    kicker, headline, subheadline = item.headline_parts(listed)
    body = item.body
    parsed.articles.append(
        {
            "seq": seq,
            "kind": item.kind,
            "kicker": kicker,
            "headline": headline,
            "subheadline": subheadline,
            "body": body,
            "n_chars": len(body),
            "continued": item.continued,
        }
    )
    # One row per (name, role) and per (name, title), each official with its mentions counted.
    for person in _unique(_without_bare_writers(item.bylines), key=lambda b: (b.name, b.role)):
        parsed.bylines.append({"seq": seq, "name": person.name, "role": person.role, "duty": person.duty, "outlet": person.outlet})
    text = article_text(kicker, headline, subheadline, body)
    placed_at = article_home(body, home, day)
    mentions = _one_title_per_office(_whole_names(find_officials(text, placed_at)))
    for official in _unique(mentions, key=lambda o: (o.name, o.title)):
        n = sum(1 for o in mentions if (o.name, o.title) == (official.name, official.title))
        parsed.officials.append(
            {
                "seq": seq,
                "name": official.name,
                "title": official.title,
                "office": official.office,
                "jurisdiction": jurisdiction(official.office, placed_at),
                "n_mentions": n,
            }
        )
    for project in find_projects(body):
        parsed.projects.append({"seq": seq, "name": project.name, "status": project.status, "sentence": project.sentence})
    counts = term_counts(text)
    parsed.terms["seq"].extend([seq] * len(counts))
    parsed.terms["term"].extend(counts.keys())
    parsed.terms["count"].extend(counts.values())


def _whole_names(mentions: list[Official]) -> list[Official]:
    """The mentions, each of a name of two characters that another mention of the same office in the
    article extends by one (`县委书记赵松强调研`, 强调 read as a word, beside `县委书记赵松强深入`) given
    the longer name: one person, one row. Only an office one person holds (`held_alone`): two deputies
    may well be 王伟 and 王伟东."""
    longer = {(m.office, m.name[:2]): m.name for m in mentions if held_alone(m.office) and len(m.name) == 3}
    return [replace(m, name=longer[(m.office, m.name)]) if (m.office, m.name) in longer else m for m in mentions]


def _without_bare_writers(bylines: list[Byline]) -> list[Byline]:
    """The bylines less the writers a label credits with no role word (a stamp's or a footer's `作者:谢万波 何国好`)
    whom another credit names correspondents (`通讯员 何国好`): the role word says which writer each was."""
    correspondents = {person.name for person in bylines if person.role == CORRESPONDENT}
    return [p for p in bylines if not (p.role == REPORTER and p.duty in ("", "作者") and p.name in correspondents)]


def _one_title_per_office(mentions: list) -> list:
    """The mentions, each of a person written again with a shorter title for the same
    office (`县委副书记、政府县长王元峰` … `政府县长王元峰`; `副县长杨家武` … `县政府副县长杨家武`)
    given the longest title it has for that office in the article: one person, one row."""
    longest: dict = {}
    for mention in mentions:
        if mention.office:
            longest[_holder(mention)] = max(longest.get(_holder(mention), ""), mention.title, key=len)
    return [replace(m, title=longest[_holder(m)]) if m.office else m for m in mentions]


def _holder(mention) -> tuple[str, str]:
    return (mention.name, mention.office)


def article_text(*parts: str) -> str:
    """An article's text: its non-empty ARTICLE_TEXT_PARTS joined by newlines. The one
    definition that terms are counted in and that search, trends and keyword in context
    read, so that no word is found by one and missed by another."""
    return "\n".join(part for part in parts if part)


def _unique(rows, key):
    seen, out = set(), []
    for row in rows:
        if key(row) not in seen:
            seen.add(key(row))
            out.append(row)
    return out


_QINGDAO_DAILY_SECTION = re.compile(r"^\s*JIN RI JI MO\s*$", re.M)  # the header of its 今日即墨 section
_DISTRICT_VOICE = re.compile(r"我区|全区")


# A dateline led by its outlet: `青岛日报/观海新闻1月24日讯`, `聊城日报讯 12月26日`.
_DATELINE_OUTLET = re.compile(
    r"(?m)^[^\S\n]*(?P<outlet>[^\s（(，,。]{2,20}?)[^\S\n]?(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电(?![\u4e00-\u9fff]))"
)
# The outlet of a bracket after a dateline that names no person: `本报讯(YMG全媒体记者)`.
_BRACKET_OUTLET = re.compile(r"(?:讯|电)[^\S\n]*[（(](?P<outlet>[^（）()\s]{2,20}?)(?:记者|通讯员)[）)]")
# …or the paper a site's report is of, its reporters after the bracket (`秦楚网讯(十堰日报)记者…`).
_BRACKETED_PAPER = re.compile(r"讯[^\S\n]*[（(](?P<outlet>[^（）()\s]{2,20})[）)](?=[^\S\n]*(?:记者|通讯员))")
# An app's report with its reporter's bracket: `云上黄梅报道(全媒体记者:张志林)`.
_REPORTED_OUTLET = re.compile(r"(?m)^[^\S\n]*(?P<outlet>[^\s（(，,。]{2,20}?)报道(?=[^\S\n]*[（(][^（）()]*?(?:记者|通讯员))")

# A line whose subject is an outlet's reporters travelling with the event, none named (`鄂州市融媒体中心随队记者对本次拉练进行
# 全程滚动播报`): a live report's crew, anywhere in the body. Not any outlet's reporters (`大众日报记者对此进行了采访`: a visiting
# paper's, on a county paper's page).
_CREW_OUTLET = re.compile(r"(?m)^[^\S\n]*(?P<outlet>[^\s（(，,。：:]{2,20}?)(?:随队|前方|特派)记者(?=对|将|全程|在现场)")

# A report closed by its outlet's name alone in brackets: `…高质量发展。(孝义融媒)`.
_CLOSING_OUTLET = re.compile(r"[。！？”][^\S\n]*[（(](?P<outlet>[^（）()\s]{2,16})[）)]\s*$")
CLOSING_REACH = 30  # characters at a body's end a closing bracket is looked for in


def publication_of_bylines(items: list) -> str:
    """The publication most of the page's own bylines, datelines, closing brackets and crew lines name as
    their outlet (the first named on a tie); news agencies excluded: their reporters' stories
    are reprinted everywhere, so they say nothing of the page."""
    outlets = [person.outlet or person.printed_outlet for item in items for person in item.bylines]
    outlets += [
        match["outlet"]
        for item in items
        for pattern in (_DATELINE_OUTLET, _BRACKET_OUTLET, _BRACKETED_PAPER, _REPORTED_OUTLET)
        for match in pattern.finditer(simplified(item.body[:200]))  # 青島新聞網5月20日訊
    ]
    outlets += [match["outlet"] for item in items if (match := _CLOSING_OUTLET.search(simplified(item.body[-CLOSING_REACH:])))]
    outlets += [match["outlet"] for item in items for match in _CREW_OUTLET.finditer(simplified(item.body))]
    named = [found.name for outlet in outlets if (found := of_outlet(outlet)) and found.level != "agency"]
    return max(dict.fromkeys(named), key=named.count) if named else ""


# A dateline's words before its date: `郯城讯`, `大众网泰安8月17日讯`, `本报青岛12月28日讯`.
_DATELINE_WORDS = re.compile(
    r"^[^\S\n]*(?:本报)?(?P<words>[^\s（(，,。：:]{1,16}?)[^\S\n]?(?:\d{1,2}月\d{1,2}日)?(?:讯|电(?![\u4e00-\u9fff]))"
)


def article_home(body: str, home: str, day: dt.date | None = None) -> str:
    """Where an article's bare titles are read: the place its dateline names, when that
    lies within the page's home or the page has none (`郯城讯` on 临沂日报's page: 郯城县;
    `大众网泰安…讯`: 泰安市), as it was on the page's day (`本报即墨讯` in 2015: 即墨市); else the
    page's home."""
    dateline = _DATELINE_WORDS.match(body)
    if not dateline:
        return home
    words = dateline["words"]
    # No division's name ends before 域: 县域, 市域 are words of their own (河南县域经济网 names no 河南县).
    ends = (end for end in range(len(words), 1, -1) if words[end : end + 1] != "域")
    division = next((place_names()[p] for end in ends if (p := place_ending_at(words, end))), "")
    return home_on(division, day) if division and (not home or home in home_chain(division)) else home


def home_of(publication: str, section: str, day: dt.date | None = None) -> str:
    """The jurisdiction a page's bare titles mean: its publication's home, or a division
    its section is named after that lies within that home (青岛日报's 今日即墨 -> 即墨区);
    "" for an unknown publication or a national paper. On a page of `day` a district is the
    county-level city it was then (即墨市 in 2015: `home_on`)."""
    found = of_page(publication)
    home = found.home if found else ""
    for end in range(len(section), 1, -1):
        place = place_ending_at(section, end)
        division = place_names().get(place, "")
        if division and home and home in home_chain(division)[1:]:
            return home_on(division, day)
    return home_on(home, day)


def office_at_home(
    title: str, office: str, publication: str, section: str = "", was: tuple[str, str] = ("", ""), day: dt.date | None = None
) -> tuple[str, str]:
    """(office, jurisdiction) a mention's bare title means on a page of `publication`, the
    page's paper as a correction names it, where the page's title was bare or placed at
    the home of the paper it was read as (`was`: publication, section); an office the page
    placed otherwise (a place written, a dateline's, a list's) as it is; `day` is the page's date."""
    links, home = title.split("、"), home_of(publication, section, day)
    if office in (principal_office(links), principal_office(links, home_chain(home_of(*was, day)))):
        office = principal_office(links, home_chain(home))
    return office, jurisdiction(office, home)


def guess_publication(text: str) -> str:
    """Pages with neither a masthead nor bylines naming an outlet, by the page's own
    furniture and voice, never by a paper it mentions: 青岛日报 by the pinyin header of
    its 今日即墨 section (JIN RI JI MO); else 新即墨 when the page speaks as the paper of
    its district (我区, 全区, and 即墨 named: every district paper says 全区), and a line
    ends with a 新即墨-style closing byline, a parenthesised list of 2-4-character names;
    else ""."""
    if _QINGDAO_DAILY_SECTION.search(text):
        return "青岛日报"
    new_jimo = named("新即墨")
    if _DISTRICT_VOICE.search(text) and short_name(new_jimo.home) in text and _NAMES_CLOSING_A_LINE.search(text):
        return new_jimo.name
    return ""


_NAMES_CLOSING_A_LINE = re.compile(r"[（(][\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4})*[）)]\s*$", re.M)


# A Chinese paper's page, even a portal's copy with its menus in English, is written mostly in Han
# characters; a file that is not (a README, notes in English) is named as a problem, not read silently.
MIN_HAN_SHARE = 0.5  # the first count below assumes it: as many Han characters as Latin letters is a half
HAN_SEARCH_REACH = 4  # characters read from the start, per Latin letter, before the whole text is counted
_LATIN_LETTER = re.compile("[A-Za-z]")


def _han_share_when_low(text: str) -> float | None:
    """The Han characters' share of the text's Han characters and Latin letters when it is below
    MIN_HAN_SHARE, else None. A Chinese page has as many Han characters as Latin letters within a
    few times as many characters from its start: they are counted there first, and the whole text,
    a costly count, only when they fall short."""
    latin = len(_LATIN_LETTER.findall(text))
    if not latin or len(HAN_CHAR.findall(text, 0, HAN_SEARCH_REACH * latin)) >= latin:
        return None
    han = len(HAN_CHAR.findall(text))
    share = han / (han + latin)
    return share if share < MIN_HAN_SHARE else None


def _page_fields(status: str, problems: list[str], **fields) -> dict:
    defaults = {
        "publication": "",
        "section": "",
        "page_no": None,
        "date": None,
        "date_source": dates.UNKNOWN,
        "date_evidence": "",
        "issue_no": None,
        "lunar_date": "",
        "weekday": "",
        "n_articles": 0,
        "n_chars": 0,
        "encoding": "",
        "text_hash": "",
    }
    defaults.update(fields)
    return {**defaults, "status": status, "problems": "; ".join(problems)}
