"""Interface labels in Chinese (default) and English. Corpus text is never translated."""

from __future__ import annotations

import re

from jimo_data.parsing.projects import STAGES

# One line per label: key, then the Chinese and the English text, split by " | ".
# `#` lines name the part of the dashboard that uses the labels below them.
_LABELS = """
param_out_of_range     `{key}`：“{value}”不在 {first} 至 {last} 之间 | `{key}`: “{value}” is not between {first} and {last}
param_not_allowed      `{key}`：“{value}”不是可选值（{allowed}） | `{key}`: “{value}” is not one of {allowed}
app_title              即墨报刊数据看板 | Jimo newspaper archive
empty_corpus_path      `--corpus` 的值为空：请给出版面文件所在的文件夹 | `--corpus` is empty: give the folder of the pages
corpus_not_found       没有这个文件夹或文件：{path}。请检查 `--corpus` 的路径 | No such folder or file: {path}. Check the path given to `--corpus`
corpus_unreadable      无法读取 {path}：{error} | {path} cannot be read: {error}
corpus_has_no_pages    {path} 中没有 .txt 版面文件{others}。请把版面存为 .txt 文件放入该文件夹，再刷新本页。 | {path} holds no .txt pages{others}. Save the pages as .txt files in it, then reload this page.
other_files_not_read   （另有 {n} 个其他文件未读取） |  (other files not read: {n})
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
period_start_after_end `{start}` 晚于 `{end}`（{value}），两者均忽略 | `{start}` is after `{end}` ({value}); both ignored
param_unknown          `{key}`：语料中没有“{value}” | `{key}`: “{value}” is not in this corpus
param_not_a_choice     `{key}`：“{value}”不在可选项中，改为“{allowed}” | `{key}`: “{value}” is not among the choices; showing “{allowed}”
param_unknown_near     `{key}`：语料中没有“{value}”，是否要找：{allowed}？ | `{key}`: “{value}” is not in this corpus; did you mean {allowed}?
param_too_long         `{key}`：超过 {limit} 字，已截断 | `{key}`: longer than {limit} characters; cut
param_bad_lang         `{key}`：“{value}”不是 {languages}，使用中文 | `{key}`: “{value}” is not {languages}; using zh
param_unknown_key      `{key}` 不是筛选条件或页面设置 | `{key}` is no filter or page setting
param_unknown_key_near `{key}` 不是筛选条件或页面设置，是否要找：{allowed}？ | `{key}` is no filter or page setting; did you mean {allowed}?
loading                正在解析版面… | Parsing pages…
preparing              正在建立索引… | Building the indexes…
no_rows                当前筛选下没有数据。 | Nothing matches the current filters.
none_in_corpus         语料中没有此类内容。 | The corpus holds none of these.
no_rows_again          这里也没有。 | Nothing here either.
no_rows_alone          各筛选条件单独保留的文章数：{parts}；合在一起一篇也没有。 | Articles each filter keeps by itself: {parts}; together, none.
download_csv           下载 CSV | Download CSV
rows                   行 | rows
one_row                行 | row
filtered_by            当前筛选 | Filtered by
all_data               全部数据 | all data
# overview
pages                  版面 | Pages
pages_counted          个版面 | pages
issues                 期数 | Issues
dated_pages            有日期的版面 | Dated pages
other_papers           其他 {n} 种刊物 | {n} other publications
date_span              时间跨度 | Date span
articles               文章 | Articles
reporters              记者 | Reporters
reporters_help         署名为记者的人数；`jimo info` 的人数计入所有署名角色（通讯员、摄影、编辑）。 | People credited as reporters; `jimo info` counts the people of every credited role (correspondents, photographers, editors).
projects_count_help    不同的项目名称数；项目页把同一项目的不同写法（别名）合为一行，行数可能更少。 | Distinct project names; the projects page puts the names of one project (its aliases) on one row, so it may show fewer rows.
officials              官员 | Officials
projects               项目 | Projects
project_names          项目名称 | Project names
latest_issues          最新各期 | Latest issues
data_quality           数据质量 | Data quality
data_quality_unfiltered 以下是语料中全部文件的情况，不受筛选影响。 | About every file of the corpus, whatever the filters.
all_dated              每个版面的日期都印在版面上。 | Every page prints its own date.
problem_pages          有警告或错误的版面 | Pages with warnings or errors
inferred_dates         日期为推断或未知的版面 | Pages whose date is inferred or unknown
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
missing_issues         缺失 {n} 期（第{a}期与第{b}期之间） | {n} [n:issue|issues] missing between No. {a} and No. {b}
no_gaps                期号连续，没有缺口。 | Issue numbers are consecutive; nothing is missing.
one_numbered_issue     这些日期内只有一期印有期号（第{n}期），无从比较。 | Only one issue within these dates carries a number (No. {n}): there is nothing to compare.
issue_gaps_scope       按档案中每份报纸在所选日期内的全部版面计算，其他筛选条件不缩小范围。 | Counted over all the archive's pages of each paper within the dates; the other filters do not narrow them.
no_issue_numbers       所选报纸的版面都没有期号，无从比较。 | No page of the selected papers carries an issue number: there is nothing to compare.
issue_numbers_unplaced 只有 {n} 个未知刊物的版面印有期号：期号缺口按刊物排列，无法列出。 | Only {n} [n:page|pages] of unknown publication [n:prints|print] an issue number: gaps are found per publication, so none can be listed.
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
per_month_stacked      每人一段：多人署名的稿件为每位作者各计一次，柱高不是稿件总数。 | One segment per person: an article credited to several people counts once for each, so a bar's height is no count of articles.
coauthors              合作署名 | Who writes with whom
coauthors_note         共同署名同一篇文章的记者、通讯员和摄影；编辑（版面的责编、美编等）不计入 | Reporters, correspondents and photographers credited on the same article; editors (a page's staff) are left out
role_reporter          记者 | reporter
role_correspondent     通讯员 | correspondent
role_photographer      摄影 | photographer
role_editor            编辑 | editor
# officials
career                 任职时间线 | Career timeline
co_mentions            同篇出现 | Who appears with whom
select_official_hint   在表中选择官员即可设为全局筛选（可多选）；本表与任职者列表不受官员筛选影响，其余各处只看所选官员的文章。 | Select officials in the table to set the global filter (several at once); this table and the office holders ignore the official filter, everything else shows the selected officials' articles.
# projects
status                 状态 | Status
sentences              提及语句 | Sentences mentioning the project
project_officials      同篇出现的官员（提及该项目的文章中） | Officials in the articles mentioning the project
project_no_officials   报道这个项目的文章没有提到官员。 | The articles on this project name no official.
select_project         查看项目 | Project
select_project_hint    在上方项目表中勾选一行，可查看另一个项目的报道原句。 | Tick a row of the projects table above to see another project's sentences.
# reader
results                检索结果 | Results
results_of_kinds       其中文章 {articles} 篇，图片说明等 {others} 条 | of them {articles} [articles:article|articles], {others} [others:caption or notice|captions and notices]
article                文章 | Article
page_meta              版面信息 | Page
original_text          版面原文 | Original page text
no_page_text           该文件没有可显示的文本（原因见上表）。 | The file holds no text to show (the table above says why).
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
col_items              条目数（含图片说明、启事） | Items (captions and notices included)
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
col_kicker             引题 | Kicker
col_subheadline        副题 | Subheadline
col_body               正文 | Text
col_continued          转版 | Continued
col_source             来源文件 | Source file
col_kind               类型 | Kind
col_date_source        日期来源 | Date source
col_left               左侧语境 | Left context
col_keyword            检索词 | Keyword
col_right              右侧语境 | Right context
col_sentence           语句 | Sentence
col_reference_count    对照语料次数 | Reference count
col_per_10k_words      每万词 | Per 10,000 words
col_reference_per_10k  对照语料每万词 | Reference per 10,000 words
col_log_ratio          对数比 | Log ratio
col_g2                 对数似然 G² | Log-likelihood G²
col_name_2             同文者 | Appears with
col_section            版名 | Section
col_lunar              农历 | Lunar date
col_weekday            星期 | Weekday
text_cut               全文共 {total} 字，此处只显示前 {limit} 字。完整原文见文件：{path} | {total} characters; only the first {limit} are shown. The whole text is in the file {path}
# -- exports --
download_articles_csv  全文 CSV（{n} 篇） | Articles with text: CSV ({n})
download_articles_xlsx 全文 Excel（{n} 篇） | Articles with text: Excel ({n})
download_articles_jsonl 全文 JSON Lines（{n} 篇） | Articles with text: JSON Lines ({n})
articles_download_note  下载列表中的文章，含全文、署名、官员、版面和来源文件。Excel 单元格最多 {limit} 字，更长的文本会被截断并在 xlsx_note 列注明；CSV 和 JSON Lines 保留全文。 | Download the listed articles with their text, bylines, officials, page and source file. An Excel cell holds at most {limit} characters: a longer text is cut, and the xlsx_note column says so; CSV and JSON Lines hold the whole text.
# -- undated: nothing dropped silently --
undated                无日期文章 | Undated articles
undated_left_out       日期筛选排除了 {n} 篇没有日期的文章（含图片说明）。 | The date filter leaves out {n} [n:article|articles] without a date (captions included).
undated_include        纳入无日期的文章 | Include undated articles
undated_included       已纳入 {n} 篇没有日期的文章（含图片说明），不受日期筛选限制。 | {n} [n:article|articles] without a date (captions included) [n:is|are] included, whatever the dates.
undated_exclude        排除无日期的文章 | Leave out undated articles
undated_only           只显示没有日期的文章（{n} 篇，含图片说明）。 | Showing only the articles without a date ({n}, captions included).
undated_show_all       显示全部文章 | Show all articles
unknown_pub            （未知刊物） | (unknown publication)
pages_undated          无日期的版面：{n} | Pages without a date: {n}
pages_unknown_pub      未知刊物的版面：{n} | Pages without a publication: {n}
see_in_reader          在阅读页查看其文章 | see their articles in the reader
career_leaves_out_undated 图中只画有日期的提及：另有 {n} 人的提及都没有日期，未画入。 | The chart draws dated mentions only: {n} more people have no dated mention and are not drawn.
chart_top_people       图中只画署名排行的前 {n} 位（共 {total} 位）；其余的人见上表。 | The chart draws the first {n} of the ranking ({total} in all); the others are in the table above.
chart_leaves_out_undated 图中只有有日期的文章：这些人另有 {n} 篇文章没有日期，未计入。 | The chart shows dated articles only: {n} more articles of these people have no date and are not in it.
issues_held            各期（最新在前） | Issues (latest first)
# -- reader --
whole_page             整版阅读 | Whole page
previous_page          上一版 | Previous page
next_page              下一版 | Next page
all_results            返回全部结果 | Back to all results
read_alone             单独阅读此篇 | Read this one alone
page_of_issue          本期第 {n} 版，共 {total} 版 | Page {n} of {total} of this issue
issue_number           第{n}期 | No. {n}
page_number            第{n}版 | page {n}
page_alone             本期只有这一版 | The only page of this issue here
marked_words           标红的词：{words} | Marked in red: {words}
page_cut               本版文字超过 {limit} 字，以下文章未显示。完整原文见文件：{path} | The page's text is over {limit} characters; the items below are not shown. The whole text is in the file {path}
col_page_no            版次 | Page no.
kind_article           文章 | article
untitled_item          无标题的{kind} | Untitled {kind}
kind_caption           图片说明 | caption
kind_notice            启事 | notice
date_source_masthead   报头 | masthead
date_source_dateline   电头 | dateline
date_source_inferred   推断 | inferred
date_source_unknown    未知 | unknown
date_source_corrected  已更正 | corrected
status_ok              正常 | ok
status_warning         警告 | warning
status_error           错误 | error
problem_empty          文件为空 | the file is empty
problem_not_text       不是文本文件：看起来是{what} | not a text file: looks like {what}
what_pdf               PDF 文档 | a PDF document
what_png               PNG 图片 | a PNG image
what_jpeg              JPEG 图片 | a JPEG image
what_gif               GIF 图片 | a GIF image
what_zip               ZIP 压缩包（如 .docx） | a ZIP archive (e.g. .docx)
what_office            旧版 Office 文档 | an old Office document
what_nul_bytes         二进制数据（含 NUL 字节） | binary data (NUL bytes)
what_control_bytes     二进制数据（含控制字符） | binary data (control bytes)
problem_encoding       无法识别文字编码：不是 UTF-8、UTF-16、GB18030 或 Big5 中文（其他编码，如 Latin-1 或 Shift-JIS？） | cannot tell the text encoding: neither UTF-8, UTF-16, GB18030 nor Big5 Chinese (another encoding, e.g. Latin-1 or Shift-JIS?)
problem_nuls           删除了 {n} 个 NUL 字节 | {n} NUL bytes removed
problem_replaced       {encoding} 文本中有 {n} 处无法解码的字节，已替换 | {n} undecodable byte sequences replaced in {encoding} text
problem_cut_character  文件结束于一个字符中间（被截断？）：最后 {n} 个字节已丢弃 | the file ends inside a character (cut off?): its last {n} [n:byte was|bytes were] dropped
problem_too_long       共 {n} 字，远超一个报纸版面：只分析了前 {limit} 字 | {n} characters, far more than a newspaper page: only the first {limit} were analysed
problem_no_article     版面上没有找到文章 | no article found on the page
problem_no_date        没有日期：版面没有报头或电头，写到的日子也都没有年份 | no date: the page has no masthead or dateline, and no day it names has a year
problem_little_chinese 中文很少（字母中只有 {share} 是汉字）：这是报纸版面吗？ | little Chinese text ({share} of its letters are Han characters): is this a newspaper page?
problem_duplicate      与 {page} 文字相同（其文章计在该版面） | the same text as {page} (its articles are counted there)
problem_bad_name       文件名不是有效的 UTF-8（其字节以 \\x 转义显示，常见于中文 Windows 制作的 zip 中的 GBK 文件名）：请改名后再读取 | the name is not valid UTF-8 (its bytes are shown as \\x escapes; often GBK from a zip made on Chinese Windows): rename it to read this page
problem_dangling_link  无法读取文件：它是指向不存在目标的链接 | cannot read the file: it is a link to nothing (its target does not exist)
problem_link_loop      无法读取文件：它是循环链接中的一环 | cannot read the file: it is a link in a loop of links
problem_unreadable     无法读取文件：{reason} | cannot read the file: {reason}
problem_link_outside   指向语料文件夹之外{kind}的链接：未跟随 | a link to a {kind} outside the corpus folder: not followed
what_file              文件 | file
what_folder            文件夹 | folder
problem_special_file   不是普通文件：{kind}，未读取 | not a regular file: {kind}; not read
what_fifo              命名管道（FIFO） | a FIFO (named pipe)
what_socket            套接字 | a socket
what_char_device       字符设备 | a character device
what_block_device      块设备 | a block device
what_a_folder          文件夹 | a folder
what_special           特殊文件 | a special file
problem_file_too_big   文件大小 {size}，超过单个版面 {limit} 的上限：未读取 | the file is {size}, over the limit of {limit} for one page: not read
problem_over_limit     文件超过单个版面 {limit} 的上限：未读取 | the file is over the limit of {limit} for one page: not read
problem_outside        路径指向语料文件夹之外：未读取 | the path leads outside the corpus folder: not read
problem_name_not_utf8  文件名不是有效的 UTF-8 | the name is not valid UTF-8
problem_folder_unread  无法读取文件夹：{reason} | cannot read the folder: {reason}
problem_link_to_corpus 指向语料文件夹本身的链接：未跟随 | a link to the corpus folder, read under its own path: not followed
problem_link_to_folder 指向文件夹 {folder} 的链接，该文件夹已按其自身路径读取：未跟随 | a link to the folder {folder}, read under its own path: not followed
# -- lifecycle --
lifecycle              项目阶段时间线 | Project lifecycle
lifecycle_note         每个标记是报道某一阶段的日期，颜色表示阶段；表中各阶段列为该阶段首次见报的日期。 | Each mark is a date a stage was reported at, coloured by stage; the table's stage columns give each stage's first report.
lifecycle_undated      另有 {n} 条阶段报道没有日期，未画入图中。 | {n} more stage reports have no date and are not drawn.
lifecycle_unstaged     另有 {n} 个项目的报道没有说到阶段，不在图中（见下表）。 | {n} more projects are reported with no stage and are not in the chart (see the table below).
lifecycle_capped       图中只画最近报道过阶段的 {n} 个项目（共 {total} 个），表中列出全部。 | The chart draws the {n} projects with the latest stage reports (of {total}); the table lists them all.
lifecycle_none_staged  这些筛选下的 {n} 个项目都没有带日期的阶段报道，图中无可画；项目列在下表。 | None of the {n} [n:project|projects] under these filters is reported at a stage on a date, so the chart draws nothing; the table below lists them.
reached_stage          已达阶段 | Reached stage
reached_stage_help     报道中任一次提及到过该阶段的项目（不论最新状态） | Projects any mention reports at this stage (whatever their latest status)
stages_reported        这些筛选下的项目报道过的阶段（项目数）：{stages}。 | Stages the projects under these filters are reported at (projects): {stages}.
no_stage_reported      这些筛选下没有项目报道过任何阶段。 | No project under these filters is reported at any stage.
project_aliases_note   同一项目的不同写法合为一行（“别名”列）：名称去掉地名、公司类型、引号和结尾的“项目”“建设项目”后相同，或较短的写法只出现在一个较长名称的开头（期数不同的算不同项目）。 | Names of one project are one row (column “Other names”): names equal once the places before them, a legal form, quotes and a closing 项目 or 建设项目 are dropped, or a short form that begins one longer name only (phases are different projects).
col_aliases            别名 | Other names
col_places             地点 | Places
store_download_all     下载全部 {n} 条结果（CSV） | Download all {n} results as CSV
store_download_first   下载前 {n} 条结果（CSV，共 {total} 条） | Download the first {n} of {total} results as CSV
project_places_apart   {n} 个项目的提及来自互不相属的地方（如 {name}：{places}）：同一名称可能是几个项目，请在下方句子中核对，必要时拆分。 | {n} projects are mentioned in places apart (e.g. {name}: {places}): one name may be several projects; check their sentences below and split them where they are.
col_stages             已达阶段 | Stages reached
col_stage              阶段 | Stage
col_written            原文写法 | As written
col_first_link         首次提及文章 | First mention (article)
col_last_link          最近提及文章 | Last mention (article)
stage_签约             签约 | signed
stage_落地             落地 | settled
stage_启动             启动 | launched
stage_开工             开工 | construction started
stage_建设             建设 | under construction
stage_竣工             竣工 | completed
stage_投产             投产 | in production
stage_投用             投用 | in use
stage_启用             启用 | opened
stage_运营             运营 | operating
office_holders         各职务任职者 | Office holders
choose_office          职务 | Office
holders_note           按首次有日期的提及排序；任期指报道中首次到最近一次提及，链接打开这两篇文章。只列有辖区的职务。 | In order of the first dated mention; a tenure runs from the first to the last mention in the papers, and the links open those two articles. Only offices with a jurisdiction.
tenures                任期（画在趋势图后） | Tenures (behind the trend)
tenures_help           所选职务各任职者从首次到最近一次提及的时段，画成灰色带 | The holders of the chosen office, from their first to their last mention, as grey bands
other_offices          其他职务 | Other offices
# -- hits --
hit_definition         命中：检索词在文章文字（眉题、标题、副题、正文）中逐字出现一次算一次，从左至右、不重叠计数，与 CCL、BCC 语料库的计数相同；“发展”在“高质量发展”中也算一次。词频趋势、特征词的命中、关键词语境和全文检索都按此计数，包括图片说明。繁体字版面须以繁体检索（“项目”不命中“項目”）。 | A hit is one literal occurrence of the term in an article's text (kicker, headline, subheadline, body), counted from the left without overlaps, as the CCL and BCC corpora count: 发展 has a hit inside 高质量发展. Trends, the key terms' hits, keyword in context and text search all count this way, photo captions included. A page in traditional characters is searched in them (项目 does not find 項目).
trend_unit_month       每万字：该时段文章文字（眉题、标题、副题、正文，标点计入）每一万字中的命中次数。线条断开处是没有任何文章的月份；有文章而无命中记为 0。 | Per 10,000 characters: hits per 10,000 characters of the period's article text (kicker, headline, subheadline, body, punctuation included). A break in a line is a month without any article; a month with articles and no hits is 0.
trend_unit_issue       每万字：每期文章文字（眉题、标题、副题、正文，标点计入）每一万字中的命中次数；无命中的一期记为 0。 | Per 10,000 characters: hits per 10,000 characters of each issue's article text (kicker, headline, subheadline, body, punctuation included); an issue without hits is 0.
trend_undated          另有 {articles} 篇文章未注明日期，不在时间轴上；其中命中：{hits}。 | {articles} [articles:article has|articles have] no date and [articles:is|are] not on the time axis; [articles:its|their] hits: {hits}.
key_terms_note         特征词按 jieba 分词的词次排序（G²）；“命中”按上述定义计数，也计入作为更长词一部分的出现，所以可以大于分词词次。 | Key terms are ranked by jieba token counts (G²); “Hits” counts by the definition above, occurrences inside longer words included, so it can exceed the token count.
count_every_hit        统计其余 {terms} 个特征词的命中（需通读所选文章，较慢） | Count the hits of the other {terms} key terms (reads the selected articles again; slow)
kwic_cut               共 {total} 处命中，此处列出最早的 {shown} 处（按日期，无日期的在后）。 | {total} hits; the earliest {shown} are listed (by date, undated last).
col_hits               命中 | Hits
col_per_10k_chars      每万字命中 | Hits per 10,000 characters
col_tokens             分词词次（G² 依据） | Tokens (jieba, for G²)
col_reference_tokens   对照语料分词词次 | Tokens in the rest (jieba)
query_help             检索语法：空格分隔的词须同时出现；`OR` 或 `|` 表示任一即可；`-词` 排除；`"…"` 或 “…” 为精确短语（保留空格）；`标题:词` 只查眉题、标题和副题；`作者:姓名` 查署名。例：`项目 开工 OR 投产 -签约` | Search syntax: words separated by spaces must all occur; `OR` or `|` between alternatives; `-word` excludes; `"…"` is an exact phrase (spaces kept); `headline:word` searches kicker, headline and subheadline; `byline:name` an article's byline. Example: `项目 开工 OR 投产 -签约`
query_note_unclosed_quote 引号未闭合：短语算到检索式末尾。 | Unclosed quote: the phrase runs to the end of the query.
query_note_lone_or     OR 的一侧没有词，这个 OR 已忽略。 | An OR without a word on one side was ignored.
query_note_empty_term  空的检索项（单独的 -、空引号，或没有词的“标题:”）已忽略。 | An empty term (a lone -, empty quotes or a field prefix without a word) was ignored.
query_note_only_exclusions 只有排除词：显示不含这些词的全部文章。 | Only exclusions: showing every article without these words.
# -- collocates --
page_collocates        搭配 | Collocates
colloc_method          搭配词：检索词每处命中左右各 N 个实词（不计停用词和标点）中出现的词；分词用 jieba 与本项目词典。两处命中窗口重叠的词只计一次。log-Dice = 14 + log2(2·共现 / (命中数 + 该词词数))，不受所选语料大小影响，可跨选择比较；MI 偏向罕见搭配，t 值偏向常见搭配。 | Collocates: the content terms within N terms left and right of each hit (stopwords and punctuation take no place); tokens by jieba with the project's dictionary. A term in the windows of two hits counts once. log-Dice = 14 + log2(2·co-occurrences / (hits + the term's tokens)) does not depend on the size of the selection, so it compares across selections; MI favours rare collocates, t-score frequent ones.
colloc_term            检索词 | Term
colloc_needs_term      请输入一个检索词，查看它的搭配词 | Type a term to see its collocates
colloc_window          窗口（左右各几个词） | Window (terms each side)
colloc_measure         搭配强度 | Association measure
colloc_hits            “{term}”在所选文章中共 {hits} 处命中。 | {term}: {hits} [hits:hit|hits] in the selected articles.
colloc_no_hits         所选文章中没有“{term}”，无搭配、分布和语境可列。 | “{term}” does not occur in the selected articles: no collocates, dispersion or lines to show.
colloc_table           搭配词 | Collocates
colloc_ranked          按{measure}排序；“共现”为窗口内出现次数，“词频”为该词在所选文章中的分词词次。 | Ranked by {measure}; “Co-occurrences” counts the term in the windows, “Frequency” its tokens in the selected articles.
logdice                log-Dice | log-Dice
mi                     互信息 MI | MI
t                      t值 | t-score
clusters               词簇（含检索词的 2 至 4 词序列） | Clusters (2- to 4-word sequences with the term)
dispersion             分布 | Dispersion
dispersion_undated     另有 {hits} 处命中所在文章未注明日期，不在时间轴上。 | {hits} more hits are in undated articles, not on the time axis.
kwic_sort              排序依据 | Sorted by
right                  右侧语境 | right context
left                   左侧语境（由近及远） | left context (outwards from the term)
period_a               时段 A | Period A
period_b               时段 B | Period B
col_collocate          搭配词 | Collocate
col_observed           共现 | Co-occurrences
col_observed_left      左侧共现 | Left
col_observed_right     右侧共现 | Right
col_frequency          词频 | Frequency
col_log_dice           log-Dice | log-Dice
col_mi                 MI | MI
col_t_score            t值 | t-score
col_cluster            词簇 | Cluster
col_length             词数 | Words
# -- corrections --
tag                    标签 | Tag
corrections_in_force   更正（corrections.toml 中的规则；“失效”指规则已匹配不到任何内容，保留在文件中） | Corrections (rules of corrections.toml; a stale rule matches nothing any more and is kept in the file)
correction_in_force    生效 | In force
correction_stale       失效 | Stale
correction_problem     无法读取，未应用 | Cannot be read, not applied
col_rule               规则 | Rule
col_correction_state   状态 | State
col_rows_changed       更改行数 | Rows changed
col_corrected          更正规则 | Corrected by
corrected_by           已按 corrections.toml 更正：{rules} | Corrected by corrections.toml: {rules}
# -- collocates: sub-corpora compared, reading budget --
compare_sub_corpora    两部分语料对比 | Two sub-corpora compared
compare_by             对比方式 | Compare
compare_by_period      两个时段 | two periods
compare_by_pub         两种报纸 | two papers
compare_by_official    两位官员的报道 | two officials' articles
compare_by_holder      职务换人前后 | before and after a change of holder
compare_note           每部分相对另一部分的特征词，按对数似然 G² 排序，并列出对数比；两部分都在侧栏所选文章之内，同属两部分的文章两边都计。 | Key terms of each part against the other, ranked by log-likelihood G², with the log ratio; both parts within the articles the sidebar selects, an article in both counted in both.
compare_none           语料中没有可供这样对比的两部分（需要两种报纸、两位官员，或有两任以上在任者的职务）。 | The corpus has no two parts to compare this way (it needs two papers, two officials, or an office with two holders or more).
sub_corpus_size        {name}：{articles} 篇文章，{tokens} 个分词词次 | {name}: {articles} [articles:article|articles], {tokens} [tokens:token|tokens]
paper_a                报纸 A | Paper A
paper_b                报纸 B | Paper B
official_a             官员 A（提及其的文章） | Official A (articles mentioning them)
official_b             官员 B（提及其的文章） | Official B (articles mentioning them)
office_changed         职务 | Office
holder_change          换人（A 为前任在任期间，B 为后任在任期间；任期取首末次有日期的报道） | Change of holder (A: the earlier holder's tenure, B: the later's; a tenure runs from the first to the last dated mention)
colloc_sample          为保持页面响应，搭配词与词簇只统计了随机抽取的 {articles} 篇所选文章（含检索词的 {holding} 篇中的 {read} 篇），各项数字均就该样本计算。 | To keep the page quick, collocates and clusters count a random sample of {articles} selected articles ({read} of the {holding} holding the term); every number is of the sample.
dispersion_days        每条竖线是有命中的一天（共 {hits} 处命中，分布在 {days} 天），悬停可见当天命中数。 | Each tick is a day with hits ({hits} [hits:hit|hits] on {days} [days:day|days]); hover for the day's hits.
colloc_read_all        统计全部 {holding} 篇含检索词的文章（较慢） | Count all {holding} [holding:article|articles] holding the term (slower)
note                   笔记 | Note
correct_this           更正或加笔记（写入语料文件夹中的 corrections.toml） | Correct or add a note (written to corrections.toml in the corpus folder)
correct_date           本版日期 | The page's date
correct_publication    本版刊物 | The page's publication
add_note               笔记 | Note
add_tags               标签 | Tags
add_tags_help          多个标签用英文逗号分隔 | Separate tags with commas
save_correction        保存 | Save
nothing_to_save        没有要保存的内容。 | Nothing to save.
cannot_save_unwritable 无法保存，未作任何更改：语料文件夹 {folder} 不可写（只读）。 | Not saved, nothing was changed: the corpus folder {folder} cannot be written (read-only).
cannot_save_bad_file   无法保存，未作任何更改：corrections.toml 不是有效的 TOML，请先手动修正。 | Not saved, nothing was changed: corrections.toml is not valid TOML; fix it by hand first.
cannot_save_bad_rule   无法保存，未作任何更改：这条规则无法读取。 | Not saved, nothing was changed: the rule could not be read.
# -- reuse --
reuse_finding          正在比较整个档案的文章、寻找转载（每个语料只做一次，大档案需时较长）… | Comparing the whole archive for reprints (once per corpus; a large archive takes a while) …
reprints_exclude       不含转载（同一稿件的后续刊登） | Without reprints (later printings of a story)
page_reuse             转载 | Reprints
reuse_note             同一稿件在多家报纸（或同一报纸）刊登：正文去掉标点后至少一半相同即视为转载；来源为最早刊登者，同日则取级别较高的报纸。比例为转载稿中来自来源稿的文字所占比例，滞后为相隔天数。列出至少有一篇在筛选范围内的稿件组。 | One story printed by several papers (or twice by one): at least half of a body's text, punctuation aside, is the other's. The source is the earliest printing; on one day, the higher-level paper. Share is the part of a copy's text taken from the source; lag is the days between them. Clusters with at least one article in the filtered set are listed.
reuse_count            {clusters} 组转载，{copies} 篇转载稿。 | {clusters} [clusters:story|stories] reprinted, {copies} [copies:copy|copies].
reuse_source           来源 | Source
reuse_copy             转载 | Copy
col_story              稿件组 | Story
col_share              转载比例（%） | Share reused (%)
col_lag_days           滞后（天） | Lag (days)
also_printed           也刊登于：{where} | Also printed in: {where}
reuse_source_mark      （来源） | (source)
find_reprints          查找此文的其他刊载（首次需比对全部文章） | Find other printings of this article (compares every article the first time)
# -- editing (officials and projects) --
saved_rules            已保存到 corrections.toml 并重新载入：{rules} | Saved to corrections.toml and reloaded: {rules}
correct_official       更正官员的职务或删除误识别（写入语料文件夹中的 corrections.toml） | Correct an official's office or drop a misread mention (written to corrections.toml in the corpus folder)
official_row           要更正的行（姓名 · 辖区 · 职务） | The row to correct (name · jurisdiction · office)
official_scope         适用于 | Applies to
scope_row              本行的 {n} 篇文章 | This row's {n} [n:article|articles]
scope_name             “{name}”的所有提及 | Every mention of “{name}”
save_office            保存职务和辖区 | Save office and jurisdiction
drop_official          删除这些提及（误识别） | Drop these mentions (misread)
edit_projects          合并、拆分或删除项目（写入语料文件夹中的 corrections.toml） | Merge, split or drop projects (written to corrections.toml in the corpus folder)
merge_names            要合并的项目（上表所列；用侧栏筛选或搜索缩小范围） | Projects to merge (those in the table above; narrow them with the sidebar filters or search)
merge_into             保留的名称 | Name kept
merge_projects         合并 | Merge
merge_needs_two        请至少选择两个项目。 | Choose at least two projects.
split_names            拆出的写法（原文写法） | Names to split off (as written)
split_into             拆出后的项目名称 | Name of the project split off
split_project          拆分 | Split
split_needs            请选择要拆出的写法并填写新名称。 | Choose the names to split off and give the new name.
split_regroups         按项目命名规则，这个名称仍会归入“{name}”；请换一个名称。 | By the naming rules this name would still be filed under “{name}”; choose another.
drop_project           删除此项目（误识别，所有提及） | Drop this project (misread, every mention)
# -- correction rule names (the kinds of corrections.toml, shown in the `corrected` column) --
rule_kind_page         页面规则 | page
rule_kind_drop         删除规则 | drop
rule_kind_official     官员规则 | official
rule_kind_merge        合并规则 | merge
rule_kind_split        拆分规则 | split
rule_kind_article      文章规则 | article
rule_kind_note         笔记规则 | note
# -- the dashboard over a store --
store_opening          正在打开数据仓库（首次打开需建立查询数据库，可能需要几分钟）… | Opening the store (the first time builds its serving database, which can take minutes)…
store_not_a_store      {path}：不是数据仓库（缺少 store.json），也不是版面文件夹 | {path}: not a store (no store.json), nor a folder of pages
store_unreadable       无法读取数据仓库 {path}：{error} | The store {path} cannot be read: {error}
store_other_parser     此数据仓库由另一版本的解析器（{version}）写成，本程序的解析器为 {current}：其数据可能与重新解析的结果不同。用 `jimo ingest` 写入新的数据仓库即可更新。 | This store was written by another parser version ({version}) than this program's ({current}): its rows may differ from a fresh parse. `jimo ingest` into a new store brings it up to date.
param_store_unsupported `{key}`：数据仓库暂不支持此筛选，已忽略 | `{key}`: a store cannot answer this filter yet; ignored
param_store_unsupported_option `{key}`：数据仓库的页面暂不提供此设置，已忽略 | `{key}`: a store's pages do not offer this setting yet; ignored
store_per_month        每月文章数 | Articles per month
store_not_offered      数据仓库不提供以下页面：{pages}。它们需要把整个语料读入内存（转载与搭配比较每篇文章的全文，时间线与关键词需要逐条统计），仓库的规模容不下。概览中的期号表与数据质量表也暂未提供。 | A store does not offer these pages: {pages}. They need the whole corpus in memory (reprints and collocates compare every article's text; the timeline and keywords count row by row), which a store is too large for. The overview's issue table and data-quality panel are not offered yet either.
store_rows_limit       仅显示前 {n} 行。 | Showing the first {n} rows only.
store_results_page     结果页（共 {pages} 页） | Results page (of {pages})
store_pick_article     点击结果中的“在阅读页打开”阅读全文。 | Click “Open in reader” in a result to read it.
store_no_article       数据仓库中没有文章 {id}。 | The store holds no article {id}.
store_text_cut         正文共 {total} 字，仅显示前 {limit} 字。 | The text has {total} characters; the first {limit} are shown.
"""


def _read_labels(text: str) -> dict[str, tuple[str, str]]:
    labels = {}
    for line in filter(None, (line.strip() for line in text.splitlines())):
        if not line.startswith("#"):
            key, texts = line.split(maxsplit=1)
            zh, en = texts.split(" | ")
            if key in labels:  # the later line would win without a word
                raise ValueError(f"label {key} is defined twice")
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
    "items": "col_items",
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
    "per_10k": "col_per_10k_words",  # a keyness table's: per 10,000 terms (the keywords' measure is per character)
    "link": "col_link",
    "article_id": "col_article_id",
    "kicker": "col_kicker",
    "subheadline": "col_subheadline",
    "body": "col_body",
    "continued": "col_continued",
    "source": "col_source",
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
    "page_no": "col_page_no",
    # -- lifecycle --
    "aliases": "col_aliases",
    "places": "col_places",
    "stages": "col_stages",
    "stage": "col_stage",
    "written": "col_written",
    **{stage: f"stage_{stage}" for stage in STAGES},  # the first date of each stage
    "first_link": "col_first_link",
    "last_link": "col_last_link",
    # -- hits --
    "hits": "col_hits",
    "per_10k_chars": "col_per_10k_chars",
    "tokens": "col_tokens",
    "reference_tokens": "col_reference_tokens",
    # -- collocates --
    **{column: f"col_{column}" for column in ("collocate", "observed", "observed_left", "observed_right", "frequency")},
    **{column: f"col_{column}" for column in ("log_dice", "mi", "t_score", "cluster", "length")},
    # -- corrections --
    "rule": "col_rule",
    "correction_state": "col_correction_state",
    "rows_changed": "col_rows_changed",
    "corrected": "col_corrected",
    # -- reuse --
    "cluster_id": "col_story",
    "share": "col_share",
    "lag_days": "col_lag_days",
}


# An English noun or verb that agrees with a figure: `[n:article|articles]` (Chinese needs none).
AGREEING = re.compile(r"\[(\w+):([^|\[\]]*)\|([^|\[\]]*)\]")


def listed(items, lang: str = "zh") -> str:
    """Items set off as each language sets off a list's items in a sentence (`落地 2，启动 1` / `settled 2, launched 1`)."""
    return ("，" if lang != "en" else ", ").join(items)


def t(label: str, lang: str = "zh", **values) -> str:
    zh, en = LABELS[label]
    if lang != "en":
        return zh.format(**values) if values else zh
    text = AGREEING.sub(lambda m: m[2] if str(values.get(m[1], "")).strip() == "1" else m[3], en)
    return text.format(**values) if values else text
