export const id = 547;
export const ids = [547];
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

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HISTORY_REQUESTS: () => (/* binding */ HISTORY_REQUESTS),
/* harmony export */   HistoryReader: () => (/* binding */ HistoryReader)
/* harmony export */ });
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4646);
/* harmony import */ var _shared_cancellation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1010);
/* harmony import */ var _ges_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3324);
/* harmony import */ var _shared_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(168);
/* harmony import */ var _shared_deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8013);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3328);






/** GES requests the history may add to a run, whatever the number of graphs (docs/trend.md). */
const HISTORY_REQUESTS = 3;
/**
 * Date windows, in days back, a page of each: the history starts at WINDOWS[1] and widens
 * while a window holds too few imports, or narrows when one page does not hold the window.
 */
const WINDOWS = [2, 7, 30, 365, undefined];
const FIRST_WINDOW = 1;
/**
 * The earlier imports of each graph the run waits for (the `trend` chart and the usual
 * duration). Starts reading once a poll after the first has shown a graph's import, beside the
 * polls; reuses the listings the wait read to the end and asks GES at most
 * HISTORY_REQUESTS pages more, one page per date window. Never throws and never changes the
 * verdict: a failure to read is one warning, and the history then holds what is known.
 */
class HistoryReader {
    options;
    graphs = new Map();
    chain = Promise.resolve();
    requests = 0;
    warned = false;
    /** settle() has returned: nothing read from then on is used. */
    stopped = false;
    /** Job id → when a poll first saw it running: a lower bound of its run time, whatever GES's clock. */
    runningSince = new Map();
    waited = [];
    polls = 0;
    constructor(options) {
        this.options = options;
    }
    /**
     * After each poll that answered, with the jobs it follows. A graph's read starts after the
     * second such poll (or at settle()): the first status request of the wait never queues behind
     * the history's.
     */
    observe = (jobs) => {
        const now = this.options.clock.now();
        this.waited = jobs;
        this.polls += 1;
        for (const job of jobs) {
            if (job.status === 'running' && !this.runningSince.has(job.id))
                this.runningSince.set(job.id, now);
            if ((0,_ges_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isImport */ .YF)(job) && job.graph !== null && !this.graphs.has(job.graph))
                this.graphs.set(job.graph, { jobs: new Map(), from: null, complete: [], started: false, failed: false });
        }
        if (this.polls >= 2)
            this.startReads();
    };
    startReads() {
        for (const [graph, read] of this.graphs) {
            if (read.started)
                continue;
            read.started = true;
            if (this.reuse(graph, read))
                continue;
            this.chain = this.chain
                .then(() => this.ask(graph, read))
                .catch((error) => {
                read.failed = true;
                this.warn(graph, error);
            });
        }
    }
    /** What a progress line adds about a running import: how long its graph's imports usually take. */
    note = (job) => {
        const since = this.runningSince.get(job.id);
        if (job.status !== 'running' || since === undefined)
            return undefined;
        const usual = (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .usualDuration */ .rV)((this.historyOf(job) ?? []).map(_history_js__WEBPACK_IMPORTED_MODULE_2__/* .historyEntry */ .xg));
        if (!usual)
            return undefined;
        const runningSeconds = Math.round((this.options.clock.now() - since) / 1000);
        const slower = (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .slowerThanUsual */ .Mw)(runningSeconds, usual);
        return {
            text: `running at least ${(0,_shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(runningSeconds * 1000)}${slower ? ', slower than usual' : ''}: imports of this graph usually take ${describeUsual(usual)}`,
            slower
        };
    };
    /**
     * Waits for the reads under way, but not past the deadline nor a cancellation. The run then
     * takes what was read: a read still under way ends unheard (no warning) and starts no other.
     */
    async settle() {
        const { clock, deadline, signal } = this.options;
        if (!this.stopped)
            this.startReads();
        const left = (0,_shared_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .timeLeft */ .f$)(deadline, clock.now());
        const stop = new AbortController();
        const onAbort = () => stop.abort();
        signal.addEventListener('abort', onAbort, { once: true });
        try {
            if (left > 0 && !signal.aborted)
                await Promise.race([this.chain, clock.sleep(left, stop.signal).catch(() => undefined)]);
        }
        finally {
            stop.abort();
            signal.removeEventListener('abort', onAbort);
            this.stopped = true;
        }
    }
    /** The listings of `graph` this module read to the end, newest first. */
    listings(graph) {
        return [...(this.graphs.get(graph)?.complete ?? [])].reverse();
    }
    /** Each job's history for the report, by job id, `endedAt` being when the wait ended. */
    results(jobs, endedAt) {
        return new Map(jobs.map((job) => [job.id, this.resultFor(job, endedAt)]));
    }
    /** A job's history for the report, `endedAt` being when the wait ended. */
    resultFor(job, endedAt) {
        const history = this.historyOf(job)?.map(_history_js__WEBPACK_IMPORTED_MODULE_2__/* .historyEntry */ .xg) ?? null;
        const since = this.runningSince.get(job.id);
        const running = (job.status === 'running' || job.status === 'pending') && since !== undefined;
        return {
            history,
            expectedDurationSeconds: (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .usualDuration */ .rV)(history ?? [])?.medianSeconds ?? null,
            runningSeconds: running ? Math.max(0, Math.round((endedAt - since) / 1000)) : null
        };
    }
    historyOf(job) {
        const read = job.graph === null || !(0,_ges_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isImport */ .YF)(job) ? undefined : this.graphs.get(job.graph);
        if (!read || read.from === null)
            return null;
        if (read.failed && !this.holds(job.graph, read))
            return null;
        const from = read.from;
        const known = (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .earlierImports */ .RT)(job, read.jobs.values(), this.options.trend - 1, this.waitedIds());
        // Only what is known complete: an older import read from a page cut short may have gaps around it.
        return from === undefined ? known : known.filter((j) => j.beginTime >= from);
    }
    waitedIds() {
        return new Set(this.waited.map((job) => job.id));
    }
    /** The newest import of `graph` this run waits for: the history is the one before it. */
    currentOf(graph) {
        const begins = this.waited.filter((job) => job.graph === graph).map((job) => job.beginTime ?? Infinity);
        return { graph, beginTime: begins.length === 0 || Math.max(...begins) === Infinity ? null : Math.max(...begins) };
    }
    /** Whether the jobs read hold the newest `trend` − 1 earlier imports of `graph`. */
    holds(graph, read) {
        const want = this.options.trend - 1;
        return (want <= 0 ||
            (read.from !== null && (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsHistory */ .Jr)(this.currentOf(graph), read.jobs.values(), read.from, want, this.waitedIds())));
    }
    /** Adds what a listing holds; a complete one widens what is known complete. */
    add(read, jobs, fresher, complete, startDate) {
        for (const job of jobs)
            if (fresher || !read.jobs.has(job.id))
                read.jobs.set(job.id, job);
        if (!complete)
            return;
        const from = trustedFrom(startDate);
        if (read.from === null || from === undefined || (read.from !== undefined && from < read.from))
            read.from = from;
    }
    /** The listings the wait read to the end, at once (no request): true when they hold the history. */
    reuse(graph, read) {
        for (const listing of this.options.listings(graph))
            this.add(read, listing.jobs, false, true, listing.startDate);
        if (!this.holds(graph, read))
            return false;
        if (read.from === null)
            read.from = undefined;
        return true;
    }
    /** One page per date window, while they do not hold the history and requests are left. */
    async ask(graph, read) {
        const { clock, deadline, signal, source } = this.options;
        const tried = new Set();
        let index = FIRST_WINDOW;
        while (this.requests < HISTORY_REQUESTS && !signal.aborted && !this.stopped && clock.now() < deadline) {
            tried.add(index);
            const days = WINDOWS[index];
            const startDate = days === undefined ? undefined : (0,_shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtcDate */ .g5)(clock.now() - (days + 1) * _shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO);
            const from = trustedFrom(startDate);
            // A window the listings already read hold entirely would only read the same jobs again.
            const covered = read.from !== null && (read.from === undefined || (from !== undefined && from >= read.from));
            let cut = false;
            if (!covered) {
                this.requests += 1;
                const query = startDate === undefined ? { graphName: graph } : { graphName: graph, startDate };
                // One page: `enough` is asked only when more pages follow, so it marks the window cut short.
                const jobs = await source.listJobs(query, () => (cut = true), false);
                if (this.stopped)
                    return;
                this.add(read, jobs, true, !cut, startDate);
                if (!cut)
                    read.complete.push({ jobs, ...(startDate !== undefined && { startDate }) });
                if (this.holds(graph, read))
                    return;
            }
            const next = cut ? index - 1 : index + 1;
            if (next < 0 || next >= WINDOWS.length || tried.has(next))
                return;
            index = next;
        }
    }
    warn(graph, error) {
        if (error instanceof _shared_cancellation_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .c || this.options.signal.aborted || this.warned || this.stopped)
            return;
        this.warned = true;
        const message = (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error);
        this.options.log.warning(`The earlier imports of graph "${oneLine(graph)}" could not be read for the trend chart (${oneLine(message)}); the verdict is unchanged`);
    }
}
/** "9m–11m (median 10m)". */
function describeUsual(usual) {
    const d = (seconds) => (0,_shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(seconds * 1000);
    return `${d(usual.minSeconds)}–${d(usual.maxSeconds)} (median ${d(usual.medianSeconds)})`;
}
/**
 * From when a listing asked from `startDate` holds every job: the date's midnight UTC plus a
 * day, whatever zone the server reads the date in (docs/trend.md). No date: from the start.
 */
function trustedFrom(startDate) {
    return startDate === undefined ? undefined : Date.parse(`${startDate}T00:00:00Z`) + _shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO;
}
/** Server text in a log line: one line, no control characters. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 300);
}


/***/ })

};
