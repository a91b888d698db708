"""Interface labels in Chinese (default) and English. Corpus text is never translated."""

from __future__ import annotations

# One line per label: key, then the Chinese and the English text, split by " | ".
# `#` lines name the part of the dashboard that uses the labels below them.
_LABELS = """
param_out_of_range     `{key}`：“{value}”不在 {first} 至 {last} 之间 | `{key}`: “{value}” is not between {first} and {last}
param_not_allowed      `{key}`：“{value}”不是可选值（{allowed}） | `{key}`: “{value}” is not one of {allowed}
app_title              即墨报刊数据看板 | Jimo newspaper archive
empty_corpus_path      `--corpus` 的值为空：请给出版面文件所在的文件夹 | `--corpus` is empty: give the folder of the pages
# navigation
page_overview          概览 | Overview
page_timeline          期号时间线 | Timeline
page_keywords          关键词 | Keywords
page_bylines           署名 | Bylines
page_officials         官员 | Officials
page_projects          项目 | Projects
page_reader            阅读 | Reader
# sidebar filters
filters                筛选 | Filters
date_range             日期范围 | Date range
date_from              起始日期 | From
date_to                截止日期 | To
publication            报纸 | Publication
official               官员 | Official
byline                 记者/作者 | Reporter
query                  全文检索 | Text search
language               界面语言 | Language
clear_filters          清除筛选 | Clear filters
corpus                 语料 | Corpus
ignored_params         以下链接参数无法使用，已忽略： | These link parameters could not be used and were ignored:
param_not_a_date       `{key}`：“{value}”不是日期（应为 YYYY-MM-DD） | `{key}`: “{value}” is not a date (YYYY-MM-DD)
param_from_after_to    起始日期晚于截止日期（{value}），两者均忽略 | `from` is after `to` ({value}); both ignored
param_unknown          `{key}`：语料中没有“{value}” | `{key}`: “{value}” is not in this corpus
param_too_long         `{key}`：超过 {limit} 字，已截断 | `{key}`: longer than {limit} characters; cut
param_bad_lang         `{key}`：“{value}”不是 {languages}，使用中文 | `{key}`: “{value}” is not {languages}; using zh
loading                正在解析版面… | Parsing pages…
no_rows                当前筛选下没有数据。 | Nothing matches the current filters.
download_csv           下载 CSV | Download CSV
rows                   行 | rows
filtered_by            当前筛选 | Filtered by
all_data               全部数据 | all data
# overview
pages                  版面 | Pages
issues                 期数 | Issues
date_span              时间跨度 | Date span
articles               文章 | Articles
reporters              记者 | Reporters
officials              官员 | Officials
projects               项目 | Projects
latest_issues          最新各期 | Latest issues
data_quality           数据质量 | Data quality
problem_pages          有警告或错误的版面 | Pages with warnings or errors
inferred_dates         日期为推断的版面 | Pages with inferred dates
ignored_files          未读取的文件（非 .txt，或注明原因） | Files not read (not .txt, or the reason given)
all_clear              所有版面均已正常解析。 | Every page parsed without problems.
cache_repairs          缓存修复（缓存文件损坏或无法写入，已从原始文件重建） | Cache repairs (damaged or unwritable cache files, rebuilt from the pages)
col_repair             缓存文件 | Cache file
repair_snapshot        快照 | Snapshot
repair_segment         解析缓存 | Parse cache
repair_manifest        文件清单 | File manifest
repair_dictionary      jieba 词典副本 | jieba dictionary copy
repair_unwritable      缓存不可写 | Cache not writable
# timeline
granularity            时间粒度 | Granularity
day                    日 | Day
week                   周 | Week
month                  月 | Month
issue_gaps             期号缺口 | Gaps in issue numbering
missing_issues         缺失 {n} 期（第{a}期与第{b}期之间） | {n} issues missing between No. {a} and No. {b}
no_gaps                期号连续，没有缺口。 | Issue numbers are consecutive; nothing is missing.
open_in_reader         在阅读页打开 | Open in reader
click_to_open          点击图中的一期，在阅读页打开。 | Click an issue in the chart to open it in the reader.
# keywords
terms_input            关键词（逗号分隔） | Terms (comma-separated)
per                    统计单位 | Per
issue                  每期 | Issue
choose                 请选择 | Choose
unknown_value          （未知） | (unknown)
measure                度量 | Measure
count                  次数 | Count
per_10k                每万字 | Per 10,000 characters
trend                  词频趋势 | Term trends
top_terms              本选集的特征词（对数似然 G²，对照语料其余部分） | Key terms of the selection (log-likelihood G² against the rest of the corpus)
word_cloud             词云 | Word cloud
kwic                   关键词语境（KWIC） | Keyword in context
no_cjk_font            未找到中文字体，无法绘制词云（请运行 README 中的安装命令）。 | No CJK font found, so no word cloud (run the README set-up).
kwic_term              检索词 | Term
whole_corpus_note      未设筛选：特征词对照为空，按词频排序。 | No filter set: nothing to compare against, so terms are ranked by frequency.
# bylines
role                   角色 | Role
ranking                署名排行 | Ranking
per_month              每月稿件 | Articles per month
coauthors              合作署名 | Who writes with whom
role_reporter          记者 | reporter
role_correspondent     通讯员 | correspondent
role_photographer      摄影 | photographer
role_editor            编辑 | editor
# officials
career                 任职时间线 | Career timeline
co_mentions            同篇出现 | Who appears with whom
select_official_hint   在表中选择官员即可设为全局筛选。 | Select officials in the table to set the global filter.
# projects
status                 状态 | Status
sentences              提及语句 | Sentences mentioning the project
select_project         查看项目 | Project
# reader
results                检索结果 | Results
article                文章 | Article
page_meta              版面信息 | Page
original_text          版面原文 | Original page text
previous               上一篇 | Previous
next                   下一篇 | Next
pick_article           选择一篇文章阅读 | Pick an article to read
# columns
col_date               日期 | Date
col_publication        报纸 | Publication
col_issue              期号 | Issue
col_headline           标题 | Headline
col_bylines            署名 | Bylines
col_officials          官员 | Officials
col_name               姓名 | Name
col_office             职务 | Office
col_jurisdiction       辖区 | Jurisdiction
col_person             人物 | Person
col_titles             称谓 | Titles as written
col_first              首次提及 | First mention
col_last               最近提及 | Last mention
col_mentions           提及次数 | Mentions
col_articles           文章数 | Articles
col_outlet             单位 | Outlet
col_status             状态 | Status
col_problems           问题 | Problem
col_page               版面 | Page
col_term               词 | Term
col_project            项目 | Project
col_latest_status      最新状态 | Latest status
col_evidence           依据 | Evidence
col_link               链接 | Link
col_article_id         文章编号 | Article ID
col_kind               类型 | Kind
col_date_source        日期来源 | Date source
col_left               左侧语境 | Left context
col_keyword            检索词 | Keyword
col_right              右侧语境 | Right context
col_sentence           语句 | Sentence
col_reference_count    对照语料次数 | Reference count
col_reference_per_10k  对照语料每万词 | Reference per 10,000
col_log_ratio          对数比 | Log ratio
col_g2                 对数似然 G² | Log-likelihood G²
col_name_2             姓名 2 | Name 2
col_section            版名 | Section
col_lunar              农历 | Lunar date
col_weekday            星期 | Weekday
text_cut               全文共 {total} 字，此处只显示前 {limit} 字。完整原文见文件：{path} | {total} characters; only the first {limit} are shown. The whole text is in the file {path}
# -- hits --
hit_definition         命中：检索词在文章文字（眉题、标题、副题、正文）中逐字出现一次算一次，从左至右、不重叠计数，与 CCL、BCC 语料库的计数相同；“发展”在“高质量发展”中也算一次。词频趋势、特征词的命中、关键词语境和全文检索都按此计数，包括图片说明。 | A hit is one literal occurrence of the term in an article's text (kicker, headline, subheadline, body), counted from the left without overlaps, as the CCL and BCC corpora count: 发展 has a hit inside 高质量发展. Trends, the key terms' hits, keyword in context and text search all count this way, photo captions included.
trend_unit             每万字：该时段文章文字（眉题、标题、副题、正文，标点计入）每一万字中的命中次数。线条断开处是没有任何文章的月份；有文章而无命中记为 0。 | Per 10,000 characters: hits per 10,000 characters of the period's article text (kicker, headline, subheadline, body, punctuation included). A break in a line is a month without any article; a month with articles and no hits is 0.
trend_undated          另有 {articles} 篇文章未注明日期，不在时间轴上；其中命中：{hits}。 | {articles} articles have no date and are not on the time axis; their hits: {hits}.
key_terms_note         特征词按 jieba 分词的词次排序（G²）；“命中”按上述定义计数，也计入作为更长词一部分的出现，所以可以大于分词词次。 | Key terms are ranked by jieba token counts (G²); “Hits” counts by the definition above, occurrences inside longer words included, so it can exceed the token count.
count_every_hit        统计其余 {terms} 个特征词的命中（需通读所选文章，较慢） | Count the hits of the other {terms} key terms (reads the selected articles again; slow)
kwic_cut               共 {total} 处命中，此处列出前 {shown} 处。 | {total} hits; the first {shown} are listed.
col_hits               命中 | Hits
col_per_10k_chars      每万字命中 | Hits per 10,000 characters
col_tokens             分词词次（G² 依据） | Tokens (jieba, for G²)
col_reference_tokens   对照语料分词词次 | Tokens in the rest (jieba)
query_help             检索语法：空格分隔的词须同时出现；`OR` 或 `|` 表示任一即可；`-词` 排除；`"…"` 或 “…” 为精确短语（保留空格）；`标题:词` 只查眉题、标题和副题；`作者:姓名` 查署名。例：`项目 开工 OR 投产 -签约` | Search syntax: words separated by spaces must all occur; `OR` or `|` between alternatives; `-word` excludes; `"…"` is an exact phrase (spaces kept); `headline:word` searches kicker, headline and subheadline; `byline:name` an article's byline. Example: `项目 开工 OR 投产 -签约`
query_note_unclosed_quote 引号未闭合：短语算到检索式末尾。 | Unclosed quote: the phrase runs to the end of the query.
query_note_lone_or     OR 的一侧没有词，这个 OR 已忽略。 | An OR without a word on one side was ignored.
query_note_empty_term  空的检索项（单独的 -、空引号，或没有词的“标题:”）已忽略。 | An empty term (a lone -, empty quotes or a field prefix without a word) was ignored.
query_note_only_exclusions 只有排除词：显示不含这些词的全部文章。 | Only exclusions: showing every article without these words.
"""


def _read_labels(text: str) -> dict[str, tuple[str, str]]:
    labels = {}
    for line in filter(None, (line.strip() for line in text.splitlines())):
        if not line.startswith("#"):
            key, texts = line.split(maxsplit=1)
            zh, en = texts.split(" | ")
            labels[key] = (zh, en)
    return labels


LABELS: dict[str, tuple[str, str]] = _read_labels(_LABELS)  # key -> (Chinese, English)

# Data columns -> label keys; `widgets.table` shows (and exports) these labels.
COLUMN_LABELS = {
    "date": "col_date",
    "publication": "col_publication",
    "issue_no": "col_issue",
    "headline": "col_headline",
    "bylines": "col_bylines",
    "officials": "col_officials",
    "name": "col_name",
    "office": "col_office",
    "jurisdiction": "col_jurisdiction",
    "title": "col_titles",
    "titles": "col_titles",
    "first_date": "col_first",
    "last_date": "col_last",
    "n_mentions": "col_mentions",
    "n_articles": "col_articles",
    "articles": "col_articles",
    "pages": "pages",
    "outlet": "col_outlet",
    "outlets": "col_outlet",
    "role": "role",
    "roles": "role",
    "status": "col_status",
    "problems": "col_problems",
    "repair": "col_repair",
    "page_id": "col_page",
    "term": "col_term",
    "count": "count",
    "per_10k": "per_10k",
    "link": "col_link",
    "article_id": "col_article_id",
    "kind": "col_kind",
    "date_source": "col_date_source",
    "date_evidence": "col_evidence",
    "left": "col_left",
    "keyword": "col_keyword",
    "right": "col_right",
    "sentence": "col_sentence",
    "latest_status": "col_latest_status",
    "reference_count": "col_reference_count",
    "reference_per_10k": "col_reference_per_10k",
    "log_ratio": "col_log_ratio",
    "g2": "col_g2",
    "a": "col_name",
    "b": "col_name_2",
    "period": "col_date",
    "section": "col_section",
    "lunar_date": "col_lunar",
    "weekday": "col_weekday",
    "project": "col_project",
    # -- hits --
    "hits": "col_hits",
    "per_10k_chars": "col_per_10k_chars",
    "tokens": "col_tokens",
    "reference_tokens": "col_reference_tokens",
}


def t(label: str, lang: str = "zh", **values) -> str:
    zh, en = LABELS[label]
    text = en if lang == "en" else zh
    return text.format(**values) if values else text
