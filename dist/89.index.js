export const id = 89;
export const ids = [89];
export const modules = {

/***/ 3328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ holdsHistory),
/* harmony export */   Mw: () => (/* binding */ slowerThanUsual),
/* harmony export */   RT: () => (/* binding */ earlierImports),
/* harmony export */   rV: () => (/* binding */ usualDuration),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/* harmony import */ var _ges_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3324);

/** Fewer successful imports than this tell nothing "usual". */
const MIN_USUAL = 3;
/**
 * The earlier finished imports of `current`'s graph among `candidates`, oldest first, the
 * newest `limit` of them. Earlier means begun before `current` (any finished import when
 * `current` has not begun). A job whose begin time cannot be read has no place in time and is
 * left out; so are `exclude` (the jobs this run waits for, which are "this import"). Pure.
 */
function earlierImports(current, candidates, limit, exclude = new Set()) {
    const before = current.beginTime ?? Infinity;
    const seen = new Set();
    const found = [];
    for (const job of candidates) {
        if (seen.has(job.id) || exclude.has(job.id))
            continue;
        seen.add(job.id);
        if (!(0,_ges_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isImport */ .YF)(job) || !(0,_ges_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinished */ .$g)(job) || job.graph !== current.graph)
            continue;
        if (job.beginTime === null || job.beginTime >= before)
            continue;
        found.push(job);
    }
    found.sort(oldestFirst);
    return limit <= 0 ? [] : found.slice(-limit);
}
/** By begin time, then id (the order target selection breaks ties in). */
function oldestFirst(a, b) {
    return a.beginTime - b.beginTime || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
/**
 * Whether jobs known to be complete from `from` on (epoch ms; undefined: from the start) hold
 * the newest `limit` earlier imports: either they go back to the start, or `limit` of them
 * began at or after `from`, so that no newer one can be missing.
 */
function holdsHistory(current, jobs, from, limit, exclude) {
    if (from === undefined)
        return true;
    return (earlierImports(current, jobs, limit, exclude).filter((job) => job.beginTime >= from).length >= limit);
}
/** A success with every file successful; the judge's and the comparison's meaning of success. */
function judgedStatus(job) {
    if (job.status !== 'success')
        return job.status;
    const files = job.files ?? [];
    if (files.some((f) => f.status === 'failed'))
        return 'failed';
    if (files.some((f) => f.status === 'partFailed'))
        return 'partFailed';
    if (files.some((f) => f.status !== 'success'))
        return 'unknown';
    return 'success';
}
/** A count summed over the edge and vertex files; null when any is unknown (unknown is not zero). */
function linesOf(job, pick) {
    let sum = 0;
    for (const file of job.files ?? []) {
        if (file.kind === 'schema')
            continue;
        const lines = pick(file);
        if (lines === null)
            return null;
        sum += lines;
    }
    return sum;
}
/** No jobDetail, or one without files: the counts were not reported, not zero. */
function hasCounts(job) {
    return (job.files ?? []).some((file) => file.kind !== 'schema');
}
function iso(time) {
    return time === null ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}
function historyEntry(job) {
    return {
        jobId: job.id,
        beginTime: iso(job.beginTime),
        endTime: iso(job.endTime),
        status: judgedStatus(job),
        successfulLines: hasCounts(job) ? linesOf(job, (f) => f.successfulLines) : null,
        failedLines: hasCounts(job) ? linesOf(job, (f) => f.failedLines) : null,
        durationSeconds: job.beginTime !== null && job.endTime !== null && job.endTime >= job.beginTime
            ? Math.round((job.endTime - job.beginTime) / 1000)
            : null
    };
}
/** The durations of the successful imports of `history`, from MIN_USUAL of them on. */
function usualDuration(history) {
    const seconds = history
        .filter((entry) => entry.status === 'success' && entry.durationSeconds !== null)
        .map((entry) => entry.durationSeconds)
        .sort((a, b) => a - b);
    if (seconds.length < MIN_USUAL)
        return undefined;
    const middle = Math.floor(seconds.length / 2);
    const median = seconds.length % 2 === 1 ? seconds[middle] : Math.round((seconds[middle - 1] + seconds[middle]) / 2);
    return {
        medianSeconds: median,
        minSeconds: seconds[0],
        maxSeconds: seconds[seconds.length - 1],
        imports: seconds.length
    };
}
/** Slower than usual: longer than every successful import drawn on (not just above the median). */
function slowerThanUsual(runningSeconds, usual) {
    return runningSeconds > usual.maxSeconds;
}


/***/ }),

/***/ 7089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* reexport */ renderComment),
  renderMarkdown: () => (/* reexport */ renderMarkdown),
  sameCommentContent: () => (/* reexport */ sameCommentContent)
});

;// CONCATENATED MODULE: ./src/report/bounded.ts
/** Lists cut to a size in UTF-8 bytes, saying what they left out: a listing can name thousands of jobs. */
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The first items that fit in `maxBytes`, each followed by a separator of `separatorBytes`, and how many did not. */
function upTo(items, maxBytes, separatorBytes = 1) {
    let used = 0;
    let shown = 0;
    while (shown < items.length && used + bytes(items[shown]) + separatorBytes <= maxBytes)
        used += bytes(items[shown++]) + separatorBytes;
    return { shown: items.slice(0, shown), left: items.length - shown };
}
/** `_12 more jobs are not shown …; the complete list is in the report file._` */
const leftOut = (left, what, fullListAt) => `_${left.toLocaleString('en-US')} more ${what} not shown to keep this report within size limits; the complete list is in ${fullListAt}._`;

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/shared/time.ts
var time = __webpack_require__(168);
// EXTERNAL MODULE: ./src/history/history.ts
var history_history = __webpack_require__(3328);
;// CONCATENATED MODULE: ./src/history/trend-markdown.ts




const BADGE = { success: '✅', failed: '❌', partFailed: '⚠️', running: '⏳', pending: '⏳' };
/**
 * The Mermaid source of a chart of successful lines per import, oldest first. Built only from
 * what this function formats itself (UTC dates, whole numbers, fixed words), never from server
 * text: no graph name, id or status can become a directive, a `click`, a line break or a quote.
 * undefined when no import has a known count.
 */
function trendChart(points) {
    const drawn = points.filter((p) => isCount(p.successfulLines) && Number.isFinite(p.begin));
    if (drawn.length === 0)
        return undefined;
    const withYear = new Set(drawn.map((p) => new Date(p.begin).getUTCFullYear())).size > 1;
    // A category axis merges equal labels into one place: two imports in one minute get a number.
    const seen = new Map();
    const labels = drawn.map((p) => {
        const label = chartLabel(p.begin, withYear);
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return `"${label}${n > 1 ? ` #${n}` : ''}${p.current ? ' (this)' : ''}"`;
    });
    return [
        'xychart-beta',
        '  title "Successful lines per import"',
        `  x-axis [${labels.join(', ')}]`,
        '  y-axis "Successful lines"',
        `  line [${drawn.map((p) => String(p.successfulLines)).join(', ')}]`
    ].join('\n');
}
/** `MM-dd HH:mm` in UTC (`yyyy-MM-dd HH:mm` when the imports span years): digits and separators only. */
function chartLabel(time, withYear) {
    return new Date(time)
        .toISOString()
        .slice(withYear ? 0 : 5, 16)
        .replace('T', ' ');
}
function isCount(n) {
    return n !== null && Number.isSafeInteger(n) && n >= 0;
}
const cell = (n) => (n === null ? '–' : n.toLocaleString('en-US'));
const row = (cells) => `| ${cells.join(' | ')} |`;
/** The earlier imports in `job.history` and the job itself, oldest first. */
function pointsOf(job, history) {
    const points = history.map((entry) => ({
        jobId: entry.jobId,
        begin: Date.parse(entry.beginTime),
        status: entry.status,
        successfulLines: entry.successfulLines,
        failedLines: entry.failedLines,
        durationSeconds: entry.durationSeconds,
        current: false
    }));
    const finished = job.outcome !== 'unfinished' && job.fileResults === 'reported';
    const files = job.files.filter((f) => f.kind !== 'schema');
    const sum = (pick) => !finished || files.length === 0 || files.some((f) => pick(f) === null)
        ? null
        : files.reduce((total, f) => total + pick(f), 0);
    points.push({
        jobId: job.jobId,
        begin: job.beginTime === null ? NaN : Date.parse(job.beginTime),
        status: job.outcome === 'unfinished' ? job.status : job.outcome,
        successfulLines: sum((f) => f.successfulLines),
        failedLines: sum((f) => f.failedLines),
        durationSeconds: job.durationSeconds,
        current: true
    });
    return points;
}
function graphSection(job, history, timedOut, withTable = true) {
    const points = pointsOf(job, history);
    const parts = [`#### Recent imports of graph ${(0,report_escape/* escapeMarkdown */.F)(job.graph ?? '', 100)}`];
    const chart = trendChart(points);
    if (chart)
        parts.push(`\`\`\`mermaid\n${chart}\n\`\`\``);
    const rows = points.map((p) => row([
        Number.isFinite(p.begin) ? new Date(p.begin).toISOString().slice(0, 16).replace('T', ' ') : '–',
        `${(0,report_escape/* escapeMarkdown */.F)(p.jobId, 80)}${p.current ? ' (this import)' : ''}`,
        `${BADGE[p.status] ?? '❔'} ${(0,report_escape/* escapeMarkdown */.F)(p.status, 40)}`,
        cell(p.successfulLines),
        cell(p.failedLines),
        p.durationSeconds === null ? '–' : (0,time/* formatDuration */.a3)(p.durationSeconds * 1000)
    ]));
    if (withTable)
        parts.push([
            row(['Began (UTC)', 'Job', 'Status', 'Lines ok', 'Lines failed', 'Duration']),
            row(['---', '---', '---', '---:', '---:', '---:']),
            ...rows
        ].join('\n'));
    const notes = [];
    const unknown = points.filter((p) => !p.current && !isCount(p.successfulLines)).length;
    if (unknown > 0)
        notes.push(`${unknown} earlier ${unknown === 1 ? 'import is' : 'imports are'} not in the chart: GES did not report ${unknown === 1 ? 'its' : 'their'} line counts.`);
    if (history.length === 0)
        notes.push('No earlier finished import of this graph in the jobs read.');
    const usual = (0,history_history/* usualDuration */.rV)(history);
    if (usual) {
        notes.push(`Imports of this graph usually take ${(0,time/* formatDuration */.a3)(usual.minSeconds * 1000)}–${(0,time/* formatDuration */.a3)(usual.maxSeconds * 1000)} (median ${(0,time/* formatDuration */.a3)(usual.medianSeconds * 1000)}, from ${usual.imports} successful imports).`);
    }
    if (timedOut && job.runningSeconds !== null && job.runningSeconds !== undefined) {
        const ran = `This import ran at least ${(0,time/* formatDuration */.a3)(job.runningSeconds * 1000)} before the wait timed out`;
        notes.push(!usual
            ? `${ran}; too few successful imports to say what is usual.`
            : (0,history_history/* slowerThanUsual */.Mw)(job.runningSeconds, usual)
                ? `⏱️ ${ran}: **slower than usual**.`
                : `${ran}: not slower than usual so far.`);
    }
    if (!withTable)
        notes.push('The table of these imports is in the `history` of the report, to keep this within size limits.');
    if (notes.length > 0)
        parts.push(notes.join(' '));
    return parts.join('\n\n');
}
/**
 * Per graph, a chart of successful lines per import and a table of them, with the usual
 * duration (docs/trend.md). For each graph, the newest job waited for and its history. Sections
 * that would pass `maxBytes` are left out, with a note. '' without any history.
 */
function renderTrends(report, maxBytes) {
    const newest = new Map();
    for (const job of report.jobs) {
        if (!job.history || job.graph === null)
            continue;
        const known = newest.get(job.graph);
        if (!known || (job.beginTime ?? '') > (known.beginTime ?? ''))
            newest.set(job.graph, job);
    }
    const sections = [];
    let left = maxBytes;
    let skipped = 0;
    for (const job of newest.values()) {
        const timedOut = report.status === 'timeout';
        let section = graphSection(job, job.history ?? [], timedOut);
        // Too long with its table (a large trend, a PR comment): the chart and the notes alone.
        // (+2: the blank line that joins it to the next.)
        if (bytes(section) + 2 > left)
            section = graphSection(job, job.history ?? [], timedOut, false);
        const size = bytes(section) + 2;
        if (size > left) {
            skipped += 1;
            continue;
        }
        left -= size;
        sections.push(section);
    }
    if (skipped > 0)
        sections.push(`_The recent imports of ${skipped} more ${skipped === 1 ? 'graph are' : 'graphs are'} in the \`history\` of the report only, to keep this within size limits._`);
    return sections.join('\n\n');
}

// EXTERNAL MODULE: ./src/report/line-drop-rule.ts
var line_drop_rule = __webpack_require__(2877);
;// CONCATENATED MODULE: ./src/report/comparison-markdown.ts



/** Rows of the table of changed files, and names in the lists of new and vanished files. */
const MAX_ROWS = 10;
const MAX_NAMES = 10;
const count = (n) => (n === null ? 'unknown' : n.toLocaleString('en-US'));
const signed = (n) => (n === null ? 'unknown' : `${n > 0 ? '+' : ''}${count(n)}`);
const comparison_markdown_time = (iso) => (iso ? `${iso.replace('T', ' ').replace('Z', '')} UTC` : 'an unknown time');
const comparison_markdown_row = (cells) => `| ${cells.join(' | ')} |`;
function delta(c) {
    if (c.lineDelta === null)
        return 'change unknown';
    const base = c.previousSuccessfulLines ?? 0;
    return base > 0
        ? `${signed(c.lineDelta)}, ${c.lineDelta < 0 ? '-' : '+'}${(0,line_drop_rule/* formatPercent */.l9)((Math.abs(c.lineDelta) * 100) / base)}`
        : signed(c.lineDelta);
}
function fileList(label, files, pick) {
    if (files.length === 0)
        return undefined;
    const names = files.slice(0, MAX_NAMES).map((f) => `${(0,report_escape/* escapeMarkdown */.F)(f.path, 200)} (${count(pick(f))} lines)`);
    if (files.length > MAX_NAMES)
        names.push(`and ${(files.length - MAX_NAMES).toLocaleString('en-US')} more`);
    return `**${label} (${files.length.toLocaleString('en-US')})**: ${names.join(', ')}`;
}
function compared(c) {
    const parts = [
        `Previous successful import ${(0,report_escape/* escapeMarkdown */.F)(c.previousJobId ?? '', 80)}, begun ${comparison_markdown_time(c.previousBeginTime)}: **${count(c.previousSuccessfulLines)}** successful lines then, **${count(c.successfulLines)}** now (${delta(c)}).`
    ];
    if (c.reason)
        parts.push(`⚠️ ${(0,report_escape/* escapeMarkdown */.F)(c.reason, 300)}.`);
    const matched = c.files.filter((f) => f.change === 'changed' || f.change === 'unknown');
    if (matched.length > 0) {
        const rows = [comparison_markdown_row(['File', 'Kind', 'Then', 'Now', 'Change']), comparison_markdown_row(['---', '---', '---:', '---:', '---:'])];
        for (const f of matched.slice(0, MAX_ROWS)) {
            rows.push(comparison_markdown_row([(0,report_escape/* escapeMarkdown */.F)(f.path, 200), f.kind, count(f.previousSuccessfulLines), count(f.successfulLines), signed(f.lineDelta)]));
        }
        parts.push(`Files whose successful lines changed most (biggest drops first):\n\n${rows.join('\n')}`);
        if (matched.length > MAX_ROWS) {
            parts.push(`_${(matched.length - MAX_ROWS).toLocaleString('en-US')} more changed files are in the \`comparison\` of the JSON report._`);
        }
    }
    const lists = [
        fileList('New files', c.files.filter((f) => f.change === 'new'), (f) => f.successfulLines),
        fileList('Vanished files', c.files.filter((f) => f.change === 'vanished'), (f) => f.previousSuccessfulLines)
    ].filter((text) => text !== undefined);
    parts.push(...lists);
    if (c.unchangedFiles > 0)
        parts.push(`${c.unchangedFiles.toLocaleString('en-US')} ${c.unchangedFiles === 1 ? 'file' : 'files'} unchanged.`);
    return parts;
}
function section(job, c, several) {
    const title = `#### Compared with the previous import${several ? ` · ${(0,report_escape/* escapeMarkdown */.F)(job.jobName ?? 'job', 60)} ${(0,report_escape/* escapeMarkdown */.F)(job.jobId, 80)}` : ''}`;
    const graph = job.graph ? `graph ${(0,report_escape/* escapeMarkdown */.F)(job.graph, 100)}` : 'this graph';
    switch (c.result) {
        case 'no-previous':
            return `${title}\n\nNo earlier successful import of ${graph} to compare with (${count(c.successfulLines)} successful lines now): nothing to check a drop against.`;
        case 'unavailable':
            return `${title}\n\n⚠️ Could not compare with the previous import of ${graph}: ${(0,report_escape/* escapeMarkdown */.F)(c.reason ?? 'unknown reason', 500)}.`;
        case 'compared':
            return `${title}\n\n${compared(c).join('\n\n')}`;
    }
}
/**
 * The "Compared with the previous import" sections, one per compared import, within
 * `maxBytes`; undefined when no import was compared. Cloud text is escaped.
 */
function renderComparisons(report, maxBytes) {
    const jobs = report.jobs.filter((job) => job.comparison !== null);
    if (jobs.length === 0)
        return undefined;
    const sections = [];
    let used = 0;
    for (const [i, job] of jobs.entries()) {
        const text = section(job, job.comparison, jobs.length > 1);
        const size = bytes(text) + 2;
        if (used + size > maxBytes) {
            sections.push(`_${jobs.length - i} more comparisons are in the \`comparison\` of each job in the JSON report._`);
            break;
        }
        used += size;
        sections.push(text);
    }
    return sections.join('\n\n');
}

// EXTERNAL MODULE: ./src/waiter/targets.ts
var targets = __webpack_require__(436);
;// CONCATENATED MODULE: ./src/report/skipped.ts



/** At most this many skipped jobs are named; the report file has them all. */
const SHOWN = 20;
/**
 * The jobs passed over because their begin time cannot be read, with the value GES sent: a
 * reader sees why a job they expected was not chosen. No section when there are none.
 */
function skippedSection(skipped, maxBytes = Infinity) {
    if (skipped.length === 0)
        return [];
    const { shown } = upTo(skipped
        .slice(0, SHOWN)
        .map((s) => `- ${(0,report_escape/* escapeMarkdown */.F)(s.jobId, 80)}${s.graph ? ` (graph ${(0,report_escape/* escapeMarkdown */.F)(s.graph, 100)})` : ''}: skipped: ${(0,report_escape/* escapeMarkdown */.F)((0,targets/* skipReason */.YG)(s.beginTime), 300)}`), maxBytes);
    const left = skipped.length - shown.length;
    const lines = left > 0 ? [...shown, `- … and ${left} more (see the report)`] : shown;
    return [`**Skipped jobs**\n\n${lines.join('\n')}`];
}

// EXTERNAL MODULE: ./src/report/not-found.ts
var not_found = __webpack_require__(454);
;// CONCATENATED MODULE: ./src/report/stale-markdown.ts


// The callout is rendering only: it loads with the summary's chunk, not with the judge.
/**
 * A warning callout per stale job, the job and graph names escaped; as many as `maxBytes` holds
 * (`select: all` without `since` can make thousands stale), then how many were left out.
 */
function renderStale(stale, maxBytes = Infinity, fullListAt = 'the report') {
    if (!stale || stale.length === 0)
        return [];
    const { shown, left } = upTo(stale.map((s) => `> ${(0,report_escape/* escapeMarkdown */.F)(s.message, 400)}`), maxBytes, 3);
    const cut = left > 0 ? [`> ${leftOut(left, left === 1 ? 'stale job is' : 'stale jobs are', fullListAt)}`] : [];
    return [`> [!WARNING]\n${[...shown, ...cut].join('\n>\n')}`];
}

// EXTERNAL MODULE: ./src/obs/log-targets.ts
var log_targets = __webpack_require__(2551);
;// CONCATENATED MODULE: ./src/report/rejected-lines-markdown.ts



/**
 * A fence no line of `lines` can close: longer than any run of backticks in them (CommonMark
 * §4.5: a closing fence is at least as long as the opening one), at least three.
 */
function fenceFor(lines) {
    const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
    return '`'.repeat(Math.max(3, longest + 1));
}
/**
 * At most this many bytes of lines in one file's block: 50 lines of 300 characters (up to 4 bytes
 * each) would otherwise fill the comment alone and push every other file's lines out.
 */
const FILE_BLOCK_BYTES = 4096;
/** One file's block: its first rejected lines in a code block (nothing in it renders), or why they are not shown. */
function fileBlock(file) {
    if (file.logRead === null || file.logRead === log_targets/* NEEDS_AKSK */.zF)
        return undefined;
    const what = `${file.kind} ${(0,report_escape/* escapeMarkdown */.F)(file.path || '–', 300)} (${(0,report_escape/* escapeMarkdown */.F)(file.status, 40)})`;
    if (file.rejectedLines === null)
        return `- ${what}: ${(0,report_escape/* escapeMarkdown */.F)(file.logRead, 400)}`;
    if (file.rejectedLines.length === 0)
        return `- ${what}: its log is empty`;
    const shown = linesWithin(file.rejectedLines, FILE_BLOCK_BYTES);
    const fence = fenceFor(shown);
    const count = shown.length === 1 ? 'line' : `${shown.length} lines`;
    const note = file.logNote ? ` (${(0,report_escape/* escapeMarkdown */.F)(file.logNote, 200)})` : '';
    const cut = file.rejectedLines.length - shown.length;
    const cutNote = cut > 0
        ? `\n\n  _${cut} more ${cut === 1 ? 'line' : 'lines'} cut to keep this report short; all are in the \`report\` output._`
        : '';
    return `- ${what}, first ${count} of ${(0,report_escape/* escapeMarkdown */.F)(file.log ?? '', 300)}${note}:\n\n  ${fence}text\n${shown.map((l) => `  ${l}`).join('\n')}\n  ${fence}${cutNote}`;
}
/** The first lines whose indented text fits in `maxBytes` (at least one: a line is at most 300 characters). */
function linesWithin(lines, maxBytes) {
    let used = 0;
    const kept = [];
    for (const line of lines) {
        used += bytes(line) + 3;
        if (used > maxBytes && kept.length > 0)
            break;
        kept.push(line);
    }
    return kept;
}
/**
 * "Rejected lines": each failed file's first log lines, failed files first, as many as `budget`
 * bytes allow (the rest are counted); one note when they could not be read for lack of AK/SK.
 */
function renderRejectedLines(jobs, budget) {
    const files = jobs.flatMap((job) => job.files);
    const blocks = [];
    let left = 0;
    let used = 0;
    for (const file of files) {
        const block = fileBlock(file);
        if (block === undefined)
            continue;
        const size = bytes(block) + 1;
        if (left > 0 || used + size > budget) {
            left += 1;
            continue;
        }
        used += size;
        blocks.push(block);
    }
    const parts = [];
    if (blocks.length > 0)
        parts.push(`**Rejected lines** (from the start of each import log on OBS)\n\n${blocks.join('\n')}`);
    if (left > 0)
        parts.push(`_The log lines of ${left} more ${left === 1 ? 'file are' : 'files are'} in the \`report\` output._`);
    if (files.some((f) => f.logRead === log_targets/* NEEDS_AKSK */.zF))
        parts.push('_Rejected lines from the import logs need AK/SK: OBS does not take IAM tokens or passwords._');
    return parts.length > 0 ? parts.join('\n\n') : undefined;
}

;// CONCATENATED MODULE: ./src/report/started-import.ts

const started_import_time = (value) => (value ? value.replace('T', ' ').replace(/(\.\d+)?Z$/, '') : '–');
const started_import_row = (cells) => `| ${cells.join(' | ')} |`;
const LEAD = {
    started: 'Import started by this step',
    refused: 'Import refused by GES (not started)',
    'not-sent': 'Import not started (the request never reached GES)',
    unknown: '⚠️ An import may have started (the answer to the request was lost)'
};
/** The summary's section on the import this step started: paths and ids escaped (they come from inputs and GES). */
function renderStartedImport(started) {
    if (!started)
        return [];
    const job = started.jobId ? `: ImportGraph ${(0,report_escape/* escapeMarkdown */.F)(started.jobId, 80)}` : '';
    const paths = Object.entries(started.paths).map(([field, path]) => `${field} ${(0,report_escape/* escapeMarkdown */.F)(path, 300)}`);
    const lines = [
        `**${LEAD[started.result]}**${job} on graph ${(0,report_escape/* escapeMarkdown */.F)(started.graph, 100)}${paths.length > 0 ? ` · ${paths.join(' · ')}` : ''}`
    ];
    if (started.result !== 'unknown')
        return [lines.join('\n\n')];
    if (started.recentJobs === null) {
        lines.push(`The graph's recent jobs could not be listed: ${(0,report_escape/* escapeMarkdown */.F)(started.recentJobsError ?? 'no time was left', 600)}`);
    }
    else if (started.recentJobs.length === 0) {
        lines.push('The job center lists no import of this graph that began around the request.');
    }
    else {
        const table = [
            started_import_row(['Job', 'Status', 'Begin (UTC)']),
            started_import_row(['---', '---', '---']),
            ...started.recentJobs.map((j) => started_import_row([(0,report_escape/* escapeMarkdown */.F)(j.jobId, 80), (0,report_escape/* escapeMarkdown */.F)(j.status, 40), started_import_time(j.beginTime)]))
        ];
        lines.push(`Imports of this graph that began around the request, newest first:\n\n${table.join('\n')}`);
    }
    return [lines.join('\n\n')];
}

;// CONCATENATED MODULE: ./src/report/markdown.ts











const HEADLINE = {
    success: '✅ GES import succeeded',
    // A rule of the workflow (max-line-drop, max-failed-lines) rejected a successful import.
    rejected: '❌ GES import succeeded, but a gate rule failed',
    failed: '❌ GES import failed',
    partFailed: '⚠️ GES import partially failed',
    unknown: '❔ GES import result unknown',
    timeout: '⏱️ Timed out waiting for the GES job',
    'not-found': '🔍 No matching GES job found',
    cancelled: '🛑 Cancelled while waiting for the GES job',
    error: '❌ Could not check the GES job'
};
const OUTCOME_BADGE = {
    success: '✅',
    failed: '❌',
    partFailed: '⚠️',
    unknown: '❔',
    unfinished: '⏳',
    disagreeing: '⁉️'
};
const FILE_BADGE = { success: '✅', failed: '❌', partFailed: '⚠️' };
/** Failures first, so that what went wrong leads the report. */
const SEVERITY = {
    failed: 0,
    disagreeing: 0,
    partFailed: 1,
    unknown: 2,
    unfinished: 3,
    success: 4
};
const severity = (status) => SEVERITY[status] ?? SEVERITY.unknown;
const markdown_count = (n) => (n === null ? 'unknown' : n.toLocaleString('en-US'));
const cellCount = (n) => (n === null ? '–' : n.toLocaleString('en-US'));
const markdown_time = (iso) => (iso ? iso.replace('T', ' ').replace('Z', '') : '–');
const markdown_row = (cells) => `| ${cells.join(' | ')} |`;
const header = (cells) => `${markdown_row(cells)}\n${markdown_row(cells.map(() => '---'))}`;
function sumLines(job, pick) {
    const values = job.files.map(pick).filter((n) => n !== null);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}
/** The job's result with its files, and what GES said of the job itself when that differs. */
function jobStatusCell(job) {
    const said = (0,report_escape/* escapeMarkdown */.F)(job.status, 40);
    if (job.outcome === 'unfinished' || job.outcome === job.status)
        return `${OUTCOME_BADGE[job.outcome]} ${said}`;
    return `${OUTCOME_BADGE[job.outcome]} ${job.outcome} (GES: ${said})`;
}
/** The jobs, failures first, as many rows as `maxBytes` holds; a note says how many are left out. */
function jobsTable(jobs, maxBytes, fullListAt) {
    const rows = jobs.map((job) => markdown_row([
        (0,report_escape/* escapeMarkdown */.F)(job.graph ?? '–', 100),
        `${(0,report_escape/* escapeMarkdown */.F)(job.jobName ?? 'job', 60)} ${(0,report_escape/* escapeMarkdown */.F)(job.jobId, 80)}`,
        jobStatusCell(job),
        markdown_time(job.beginTime),
        markdown_time(job.endTime),
        job.durationSeconds === null ? '–' : (0,time/* formatDuration */.a3)(job.durationSeconds * 1000),
        cellCount(sumLines(job, (f) => f.successfulLines)),
        cellCount(sumLines(job, (f) => f.failedLines))
    ]));
    const table = header(['Graph', 'Job', 'Status', 'Begin (UTC)', 'End (UTC)', 'Duration', 'Lines ok', 'Lines failed']);
    const { shown, left } = upTo(rows, maxBytes - bytes(table));
    const cut = left > 0 ? `\n\n${leftOut(left, left === 1 ? 'job is' : 'jobs are', fullListAt)}` : '';
    return `${[table, ...shown].join('\n')}${cut}`;
}
/** Items joined with "; " as far as `maxBytes` holds, then how many more there are. */
function clipJoin(items, maxBytes) {
    const { shown, left } = upTo(items, maxBytes);
    return [...shown, ...(left > 0 ? [`… and ${left.toLocaleString('en-US')} more`] : [])].join('; ');
}
/** A titled list of one line per item, cut to `maxBytes` with a note (one line per job can be thousands). */
function boundedList(title, items, maxBytes, fullListAt) {
    if (items.length === 0)
        return [];
    const { shown, left } = upTo(items, maxBytes);
    const cut = left > 0 ? [`- ${leftOut(left, left === 1 ? 'line is' : 'lines are', fullListAt)}`] : [];
    return [`**${title}**\n\n${[...shown, ...cut].join('\n')}`];
}
const FILES_HEADER = header(['Kind', 'Path', 'Status', 'Lines ok / failed / total', 'Cause', 'Log']);
function fileRow(file) {
    return markdown_row([
        file.kind,
        (0,report_escape/* escapeMarkdown */.F)(file.path || '–', 300),
        `${FILE_BADGE[file.status] ?? '❔'} ${(0,report_escape/* escapeMarkdown */.F)(file.status, 40)}`,
        `${cellCount(file.successfulLines)} / ${cellCount(file.failedLines)} / ${cellCount(file.totalLines)}`,
        file.cause ? (0,report_escape/* escapeMarkdown */.F)(file.cause) : '–',
        file.log ? (0,report_escape/* escapeMarkdown */.F)(file.log, 300) : '–'
    ]);
}
function byDescendingSeverity(items, statusOf) {
    return items
        .map((item, i) => ({ item, i, rank: severity(statusOf(item)) }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .map(({ item }) => item);
}
function summaryLine(report) {
    const { totals } = report;
    const jobs = `**${report.jobs.length} ${report.jobs.length === 1 ? 'job' : 'jobs'}**`;
    const files = totals.failedFiles === null
        ? 'file results not reported by GES'
        : `${totals.failedFiles} failed ${totals.failedFiles === 1 ? 'file' : 'files'}`;
    const verdict = report.passed ? 'the step passes' : 'the step fails';
    const waited = `waited ${(0,time/* formatDuration */.a3)(report.waitedSeconds * 1000)}`;
    // Without a job nothing is known of lines or files: say nothing rather than zeros.
    if (report.jobs.length === 0)
        return `${jobs} · ${waited} · ${verdict}`;
    return `${jobs} · ${markdown_count(totals.successfulLines)} lines ok · ${markdown_count(totals.failedLines)} lines failed · ${files} · waited ${(0,time/* formatDuration */.a3)(report.waitedSeconds * 1000)} · ${verdict}`;
}
function headline(report) {
    if (report.startedImport?.result === 'unknown')
        return '⚠️ A GES import may have started: result unknown';
    if (report.startedImport && report.startedImport.result !== 'started')
        return '❌ GES import not started';
    if (report.status === 'error' && report.jobs.some((job) => job.disagreement))
        return '❌ GES answers disagree';
    // Rejected: say which rule, so that the headline alone names the input to look at.
    const rules = [...new Set(report.rejectedBy.map((r) => `\`${r.rule}\``))];
    if (report.status === 'rejected' && rules.length > 0)
        return `${HEADLINE.rejected} (${rules.join(', ')})`;
    return HEADLINE[report.status];
}
/** The text the judge gives as the reason when this error stopped the wait. */
function errorText(error) {
    const text = error.message || 'the wait was stopped by an error';
    return error.reference ? `${text} (${error.reference})` : text;
}
/** `max-line-drop` 20% (measured 50%, job ff01): the rule, its limit and what was measured against it. */
function describeRejection(rejection) {
    const amount = (n) => rejection.unit === 'percent' ? (0,line_drop_rule/* formatPercent */.l9)(n) : `${n.toLocaleString('en-US')} lines`;
    const measured = rejection.measured === null ? 'could not be measured' : `measured ${amount(rejection.measured)}`;
    const job = rejection.jobId === null ? '' : `, job ${(0,report_escape/* escapeMarkdown */.F)(rejection.jobId, 80)}`;
    const limit = rejection.unit === 'percent' ? `${rejection.limit}%` : amount(rejection.limit);
    return `\`${rejection.rule}\` ${limit} (${measured}${job})`;
}
/**
 * Everything after the file tables: reasons, what was not found, errors, the verdict and a hint.
 * Lists with a line per job get a share of `maxBytes` each: a listing can name thousands of jobs.
 */
function closingSections(report, limits) {
    const share = limits.maxBytes / 16;
    const tail = [];
    const failReasons = report.jobs
        .filter((job) => job.failReason)
        .map((job) => `- ${(0,report_escape/* escapeMarkdown */.F)(job.jobId, 80)}: ${(0,report_escape/* escapeMarkdown */.F)(job.failReason ?? '', 600)}`);
    tail.push(...boundedList('Fail reasons', failReasons, share, limits.fullListAt));
    const notices = [
        ...report.jobs.filter((job) => job.disagreement).map((job) => `- ⁉️ ${(0,report_escape/* escapeMarkdown */.F)(job.disagreement ?? '', 600)}`),
        ...report.jobs.filter((job) => job.unconfirmed).map((job) => `- ⁉️ ${(0,report_escape/* escapeMarkdown */.F)(job.unconfirmed ?? '', 600)}`),
        ...report.jobs
            .filter((job) => job.unreadable)
            .map((job) => `- ${(0,report_escape/* escapeMarkdown */.F)(job.jobId, 80)}: its entry in the job list cannot be read (${(0,report_escape/* escapeMarkdown */.F)(job.unreadable ?? '', 300)})`),
        ...report.warnings.map((warning) => `- ${(0,report_escape/* escapeMarkdown */.F)(warning, 600)}`)
    ];
    tail.push(...boundedList('Notices', notices, share, limits.fullListAt));
    if (report.missing.length > 0)
        tail.push(`**Not found**: ${clipJoin(report.missing.map((m) => (0,report_escape/* escapeMarkdown */.F)(m, 300)), share)}`);
    tail.push(...(0,not_found/* renderNotFound */.Ym)(report.notFound));
    tail.push(...skippedSection(report.skipped, share));
    const vanished = report.jobs.filter((job) => job.vanished).map((job) => (0,report_escape/* escapeMarkdown */.F)(job.jobId, 80));
    if (vanished.length > 0)
        tail.push(`**No longer listed by the job center**: ${clipJoin(vanished, share)}`);
    if (report.error) {
        const label = report.error.stoppedWait ? 'Error' : 'Last retried error';
        tail.push(`**${label}**: ${(0,report_escape/* escapeMarkdown */.F)(report.error.message, 1000)}${report.error.reference ? ` (${(0,report_escape/* escapeMarkdown */.F)(report.error.reference, 200)})` : ''}`);
    }
    if (report.rejectedBy.length > 0)
        tail.push(`**Rejected by**: ${clipJoin(report.rejectedBy.map(describeRejection), share)}`);
    // Each fact once: the error that stopped the wait, and why nothing was found, are reasons
    // already shown above.
    const stoppedBy = report.error?.stoppedWait ? errorText(report.error) : undefined;
    const reasons = report.reasons.filter((reason) => reason !== stoppedBy && reason !== report.notFound?.message);
    if (!report.passed && reasons.length > 0)
        tail.push(`**Why the step fails**: ${clipJoin(reasons.map((r) => (0,report_escape/* escapeMarkdown */.F)(r, 600)), share)}`);
    if (report.hint)
        tail.push(`> [!TIP]\n> ${report.hint}`);
    if (limits.runUrl)
        tail.push(`[Workflow run](${limits.runUrl})`);
    return tail;
}
/**
 * The report as GitHub markdown: a headline, a summary line, one table of jobs (failures first),
 * one table of files per job (failed and partFailed files first), notices, why the step fails
 * and a hint. Cloud text is escaped; file rows stop when the size budget is reached, with a note
 * saying how many were left out and where the full list is.
 */
function renderMarkdown(report, limits) {
    const jobs = byDescendingSeverity(report.jobs, (job) => job.outcome);
    const head = [
        `### ${headline(report)}`,
        summaryLine(report),
        ...renderStartedImport(report.startedImport),
        ...renderStale(report.stale, limits.maxBytes / 16, limits.fullListAt)
    ];
    if (jobs.length > 0)
        head.push(jobsTable(jobs, limits.maxBytes / 4, limits.fullListAt));
    const comparisons = renderComparisons(report, limits.maxBytes / 4);
    if (comparisons)
        head.push(comparisons);
    const trends = renderTrends(report, limits.maxBytes / 8);
    if (trends)
        head.push(trends);
    const tail = closingSections(report, limits);
    const reserve = 2048;
    let budget = limits.maxBytes - reserve - bytes(head.join('\n\n')) - bytes(tail.join('\n\n'));
    const sections = [];
    let left = 0;
    for (const job of jobs) {
        if (job.files.length === 0)
            continue;
        const title = `#### Files of ${(0,report_escape/* escapeMarkdown */.F)(job.jobName ?? 'job', 60)} ${(0,report_escape/* escapeMarkdown */.F)(job.jobId, 80)}${job.graph ? ` (graph ${(0,report_escape/* escapeMarkdown */.F)(job.graph, 100)})` : ''}`;
        const opening = `${title}\n\n${FILES_HEADER}`;
        if (left > 0 || budget - bytes(opening) < 0) {
            left += job.files.length;
            continue;
        }
        budget -= bytes(opening) + 2;
        const rows = [];
        for (const file of byDescendingSeverity(job.files, (f) => f.status)) {
            const line = fileRow(file);
            if (left > 0 || budget - bytes(line) - 1 < 0) {
                left += 1;
                continue;
            }
            budget -= bytes(line) + 1;
            rows.push(line);
        }
        sections.push(rows.length > 0 ? `${opening}\n${rows.join('\n')}` : title);
    }
    if (left > 0) {
        sections.push(leftOut(left, left === 1 ? 'file is' : 'files are', limits.fullListAt));
    }
    const rejected = renderRejectedLines(jobs, budget);
    if (rejected)
        sections.push(rejected);
    const markdown = `${[...head, ...sections, ...tail].join('\n\n')}\n`;
    // Every part above has its share; this holds the limit should the shares ever add up to more
    // (a step summary over 1 MiB is refused whole, and the report would be lost).
    if (bytes(markdown) <= limits.maxBytes)
        return markdown;
    return `${[`### ${headline(report)}`, summaryLine(report), `_The full report does not fit within size limits; it is in ${limits.fullListAt}._`].join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/comment.ts


/** A PR comment holds at most 65,536 characters; UTF-8 bytes bound them from above. */
const COMMENT_MAX_BYTES = 64_000;
/** The PR comment: the summary's report, a link to the run, and when it was last updated. */
function renderComment(report, runUrl, now) {
    const fullListAt = runUrl
        ? `the [run summary](${runUrl}) (and the step's \`report\` output)`
        : "the run summary (and the step's `report` output)";
    // renderMarkdown puts failed and partFailed rows first, so the rows the cap cuts are successful ones.
    const body = renderMarkdown(report, { maxBytes: COMMENT_MAX_BYTES, fullListAt, runUrl });
    return `${body}\n<sub>Updated ${(0,time/* formatUtcTime */.fz)(now)} UTC by ges-job-waiter</sub>\n`;
}
/**
 * The comment without what changes on every run: the update time, the wait time, the run link,
 * timestamps (a job's begin and end are fixed once it finished; its id tells jobs apart), and
 * how long ago a stale import finished (stale.ts: it grows by the hour while the import is the same).
 */
function withoutVolatileParts(body) {
    return body
        .replace(/\r\n/g, '\n')
        .replace(/<sub>Updated [^<\n]* by ges-job-waiter<\/sub>/g, '<sub>Updated by ges-job-waiter</sub>')
        .replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?/g, '…')
        .replace(/ · waited [^·\n]* · /g, ' · waited … · ')
        .replace(/ finished \d+ (?:hours|days) ago; set since/g, ' finished … ago; set since')
        .replace(/\/actions\/runs\/\d+(?:\/attempts\/\d+)?/g, '/actions/runs/…')
        .trimEnd();
}
/** skip-unchanged: two comments say the same when only their volatile parts differ. */
function sameCommentContent(a, b) {
    return withoutVolatileParts(a) === withoutVolatileParts(b);
}

;// CONCATENATED MODULE: ./src/report/render.ts
// The renderers that run after the wait, in one module so that the summary and the comment load
// one on-demand chunk between them (imported apart, the bundler copies markdown.ts into each).




/***/ })

};
