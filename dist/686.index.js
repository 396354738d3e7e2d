export const id = 686;
export const ids = [686];
export const modules = {

/***/ 2686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithPrevious: () => (/* binding */ compareWithPrevious),
  unavailable: () => (/* reexport */ unavailable)
});

// UNUSED EXPORTS: WINDOW_DAYS

// EXTERNAL MODULE: ./src/ges/import-result.ts
var import_result = __webpack_require__(616);
// EXTERNAL MODULE: ./src/ges/model.ts
var model = __webpack_require__(3324);
// EXTERNAL MODULE: ./src/http/api-error.ts
var api_error = __webpack_require__(2247);
// EXTERNAL MODULE: ./src/shared/cancellation.ts
var cancellation = __webpack_require__(1010);
// EXTERNAL MODULE: ./src/shared/time.ts
var time = __webpack_require__(168);
// EXTERNAL MODULE: ./src/shared/backoff.ts
var backoff = __webpack_require__(9393);
// EXTERNAL MODULE: ./src/shared/complete-listings.ts
var complete_listings = __webpack_require__(3166);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/compare/compare-imports.ts

/**
 * Edge and vertex files by path, with their successful lines. Schema files are left out:
 * the docs give line counts for edge and vertex files only (docs/ges-api.md#import-details-and-line-counts). Paths are matched
 * exactly, not case- or space-folded: OBS object keys are case-sensitive, so `Rate.csv` and
 * `rate.csv` are two files. A path listed twice adds up.
 */
function linesByPath(files) {
    const byPath = new Map();
    for (const file of files) {
        if (file.kind === 'schema')
            continue;
        const known = byPath.get(file.path);
        const lines = file.successfulLines;
        if (!known)
            byPath.set(file.path, { kind: file.kind, lines });
        else
            known.lines = known.lines === null || lines === null ? null : known.lines + lines;
    }
    return byPath;
}
/** A sum that is unknown as soon as one part is: unknown is not zero. */
function sumOf(values) {
    let sum = 0;
    for (const value of values) {
        if (value === null)
            return null;
        sum += value;
    }
    return sum;
}
/** Successful lines of an import's edge and vertex files; null when any count is unknown. */
function successfulLinesOf(job) {
    return job.files === null ? null : sumOf([...linesByPath(job.files).values()].map((f) => f.lines));
}
/** Biggest drops first; unknown changes after every known one; then by path, for a stable order. */
function byDrop(a, b) {
    if (a.lineDelta !== b.lineDelta) {
        if (a.lineDelta === null)
            return 1;
        if (b.lineDelta === null)
            return -1;
        return a.lineDelta - b.lineDelta;
    }
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** Compares successful lines, in total and per file path. Pure. */
function compareImports(current, previous) {
    const base = {
        result: 'compared',
        previousJobId: previous.id,
        previousBeginTime: (0,shared_text/* isoTime */.Ly)(previous.beginTime)
    };
    if (current.files === null || previous.files === null) {
        const which = current.files === null ? 'this import' : `the previous import (${previous.id})`;
        return {
            ...base,
            reason: `GES did not report the files of ${which}: the line counts cannot be compared`,
            previousSuccessfulLines: successfulLinesOf(previous),
            successfulLines: successfulLinesOf(current),
            lineDelta: null,
            files: [],
            unchangedFiles: 0
        };
    }
    const now = linesByPath(current.files);
    const then = linesByPath(previous.files);
    const files = [];
    let unchangedFiles = 0;
    for (const [path, file] of now) {
        const old = then.get(path);
        if (!old) {
            files.push({
                kind: file.kind,
                path,
                change: 'new',
                previousSuccessfulLines: null,
                successfulLines: file.lines,
                lineDelta: file.lines
            });
        }
        else if (old.lines === null || file.lines === null) {
            files.push({
                kind: file.kind,
                path,
                change: 'unknown',
                previousSuccessfulLines: old.lines,
                successfulLines: file.lines,
                lineDelta: null
            });
        }
        else if (old.lines !== file.lines) {
            files.push({
                kind: file.kind,
                path,
                change: 'changed',
                previousSuccessfulLines: old.lines,
                successfulLines: file.lines,
                lineDelta: file.lines - old.lines
            });
        }
        else {
            unchangedFiles += 1;
        }
    }
    for (const [path, old] of then) {
        if (now.has(path))
            continue;
        files.push({
            kind: old.kind,
            path,
            change: 'vanished',
            previousSuccessfulLines: old.lines,
            successfulLines: null,
            lineDelta: old.lines === null ? null : -old.lines
        });
    }
    const previousSuccessfulLines = sumOf([...then.values()].map((f) => f.lines));
    const successfulLines = sumOf([...now.values()].map((f) => f.lines));
    const unknown = new Set([...now, ...then].filter(([, f]) => f.lines === null).map(([path]) => path)).size;
    return {
        ...base,
        reason: unknown > 0
            ? `GES did not report the successful lines of ${unknown} ${unknown === 1 ? 'file' : 'files'}: the change in lines is unknown`
            : null,
        previousSuccessfulLines,
        successfulLines,
        lineDelta: previousSuccessfulLines === null || successfulLines === null ? null : successfulLines - previousSuccessfulLines,
        files: files.sort(byDrop),
        unchangedFiles
    };
}
/** No successful import of this graph and job name began before this one. */
function noPrevious(current) {
    return {
        result: 'no-previous',
        reason: null,
        previousJobId: null,
        previousBeginTime: null,
        previousSuccessfulLines: null,
        successfulLines: successfulLinesOf(current),
        lineDelta: null,
        files: [],
        unchangedFiles: 0
    };
}
/** The previous import could not be established: the reason says why. */
function unavailable(current, reason) {
    return { ...noPrevious(current), result: 'unavailable', reason };
}

// EXTERNAL MODULE: ./src/ges/job-order.ts
var job_order = __webpack_require__(8627);
;// CONCATENATED MODULE: ./src/compare/find-previous.ts



/** Same graph, same job name (names compared without case, as the job-name input is). */
function sameSeries(job, current) {
    return (job.id !== current.id &&
        job.graph === current.graph &&
        (job.name ?? '').toLowerCase() === (current.name ?? '').toLowerCase());
}
/** Newest first by begin time (only jobs whose begin time is known are compared); ties go to the larger id. */
const newer = (a, b) => (0,job_order/* newer */.A)(a, b, (job) => job.beginTime);
/**
 * The newest successful import of the same graph and job name that began before `current`,
 * successful as the verdict would judge the current import (ges/import-result.ts): a job that
 * "succeeded" with a partFailed file, or without reporting its files, is no baseline.
 * The list order is not documented (docs/ges-api.md#the-job-list), so every candidate is looked at. A job
 * whose begin time is unknown is never chosen, and nothing is when `current`'s is unknown:
 * "before" cannot be decided. Pure.
 */
function findPreviousImport(current, candidates) {
    const begin = current.beginTime;
    if (begin === null)
        return undefined;
    let best;
    for (const job of candidates) {
        if (!sameSeries(job, current) || !(0,import_result/* isSuccessfulImport */.S3)(job) || job.beginTime === null || job.beginTime >= begin)
            continue;
        if (!best || newer(job, best))
            best = job;
    }
    return best;
}
/**
 * Jobs of the same series whose outcome the listing does not tell (running, pending, an
 * undocumented status, an entry that could not be read, a finish whose result is unknown)
 * and that may have begun after `previous` and before `current`: any of them might be the
 * newer successful import. So may a successful one whose begin time cannot be read. Pure.
 */
function undecidedBefore(current, candidates, previous) {
    const begin = current.beginTime;
    if (begin === null)
        return [];
    return candidates.filter((job) => {
        if (!sameSeries(job, current))
            return false;
        if ((0,model/* isFinished */.$g)(job)) {
            const result = (0,import_result/* importResult */.R6)(job);
            if (result !== 'success' && result !== 'unknown')
                return false;
            if (job.beginTime === null)
                return true;
            return result === 'unknown' && job.beginTime < begin && (previous === undefined || newer(job, previous));
        }
        // A pending or running job without a begin time has not begun: it cannot be earlier.
        if (job.beginTime === null)
            return job.status === 'unknown' || job.unreadable !== undefined;
        return job.beginTime < begin && (previous === undefined || newer(job, previous));
    });
}

;// CONCATENATED MODULE: ./src/compare/previous-import.ts









/** For a caller whose comparison failed as a whole: each import is then `unavailable`, never absent. */

/** Attempts of the extra listing when GES answers with a retryable error. */
const ATTEMPTS = 3;
/** Days back of the date windows searched before the full listing (docs/advanced-usage.md#compared-with-the-previous-import). */
const WINDOW_DAYS = [1, 7, 30, 90, 365];
/**
 * Compares every finished import among `jobs` with the previous successful import of its
 * graph and job name. The list order is not documented (docs/ges-api.md#the-job-list), so "the newest
 * previous one" needs every job of the graph that may be newer than it: a listing the wait
 * read to the end (discovery, or the one that confirmed the finish) is reused when it tells
 * the answer (0 extra requests); otherwise the graph is listed backwards in expanding date
 * windows (WINDOW_DAYS, then without a date), and the search stops at the first window that
 * holds the answer. Never throws for GES errors: a
 * listing that fails, or does not fit in the time left, makes the comparison `unavailable`.
 */
async function compareWithPrevious(jobs, options) {
    const comparisons = new Map();
    const byGraph = new Map();
    for (const job of jobs) {
        if (!(0,model/* isImport */.YF)(job) || !(0,model/* isFinished */.$g)(job))
            continue;
        if (job.graph === null) {
            comparisons.set(job.id, unavailable(job, 'GES did not say which graph the job imported'));
        }
        else if (job.beginTime === null) {
            comparisons.set(job.id, unavailable(job, 'the begin time of the job cannot be read, so no import is known to be earlier'));
        }
        else {
            byGraph.set(job.graph, [...(byGraph.get(job.graph) ?? []), job]);
        }
    }
    // The waited-for jobs as they ended are fresher than their entries in the discovery listing.
    const final = new Map(jobs.map((job) => [job.id, job]));
    const results = await Promise.all([...byGraph].map(([graph, group]) => compareGraph(graph, group, final, options)));
    for (const result of results)
        for (const [id, comparison] of result)
            comparisons.set(id, comparison);
    for (const job of jobs) {
        const comparison = comparisons.get(job.id);
        if (comparison)
            options.log.info(`${oneLine(`ImportGraph ${job.id}`)}: ${describeComparison(comparison)}`);
    }
    return comparisons;
}
async function compareGraph(graph, group, final, options) {
    // The earliest start date of a reused listing in which nothing was undecided: a window that
    // starts there or later would only read the same jobs again.
    let coveredFrom;
    // A reused listing that a wider window can go on from (its last page), instead of reading from the top.
    let base;
    const ids = group.map((job) => job.id);
    let reused = false;
    for (const listing of options.listings(graph)) {
        if (!(0,complete_listings/* listedAfterBegin */.b)(listing, ids))
            continue;
        reused = true;
        const jobs = listing.jobs.map((job) => final.get(job.id) ?? job);
        // A job that was running when the graph was listed may have succeeded since: list again.
        if (group.some((job) => undecidedBefore(job, jobs, findPreviousImport(job, jobs)).length > 0))
            continue;
        const decided = decideAll(group, jobs, trustedFrom(listing.startDate));
        if (decided)
            return decided;
        if (listing.startDate !== undefined && (coveredFrom === undefined || listing.startDate < coveredFrom))
            coveredFrom = listing.startDate;
        if (listing.end && listing.startDate !== undefined && (base === undefined || listing.startDate < base.startDate))
            base = { jobs, end: listing.end, startDate: listing.startDate };
    }
    options.log.info(`Listing the jobs of graph "${oneLine(graph)}" to find the previous import`);
    // No listing of the graph at all (the wait settled on the listing that found the job, already
    // finished): the end of the list from the job on, when the listing that found it proves it.
    // After a confirming listing read from the top, its pages would only be read again.
    const listTail = options.source.listTail?.bind(options.source);
    if (!reused && listTail) {
        const tail = await withRetries(options, (stop) => listTail(graph, ids, stop));
        if (typeof tail === 'string')
            return group.map((job) => [job.id, unavailable(job, tail)]);
        if (tail) {
            const jobs = tail.jobs.map((job) => final.get(job.id) ?? job);
            const decided = decideAll(group, jobs, trustedFrom(tail.startDate));
            if (decided)
                return decided;
            if (tail.startDate !== undefined) {
                base = { jobs, end: tail.end, startDate: tail.startDate };
                if (coveredFrom === undefined || tail.startDate < coveredFrom)
                    coveredFrom = tail.startDate;
            }
        }
    }
    const now = options.clock.now();
    for (const days of WINDOW_DAYS) {
        // startTime is a date in an undocumented zone, filtering an undocumented timestamp
        // (docs/ges-api.md#the-job-list): ask from a day earlier, and trust the window only for an import that began within
        // `days`. Any newer import of the series began later still, so this listing holds it too.
        const startDate = (0,time/* formatUtcDate */.g5)(now - (days + 1) * time/* DAY_MS */.sO);
        if (coveredFrom !== undefined && startDate >= coveredFrom)
            continue;
        const listed = await listWindow(graph, options, startDate, base);
        if (typeof listed === 'string')
            return group.map((job) => [job.id, unavailable(job, listed)]);
        base = listed.end && { jobs: listed.jobs, end: listed.end, startDate };
        const decided = decideAll(group, listed.jobs, now - days * time/* DAY_MS */.sO);
        if (decided)
            return decided;
    }
    const listed = await listWindow(graph, options, undefined, base);
    return group.map((job) => [job.id, typeof listed === 'string' ? unavailable(job, listed) : decide(job, listed.jobs)]);
}
/**
 * The jobs of a date window (no date: all), or why they could not be listed in the time left.
 * When the narrower window before it was read to its last page, only that page and the ones
 * after it are read (GesClient.listBeyond): in a history listed newest first, the older jobs a
 * wider window adds come after it. When the pages do not prove that, the whole window is read.
 */
async function listWindow(graph, options, startDate, base) {
    const query = startDate === undefined ? { graphName: graph } : { graphName: graph, startDate };
    const listBeyond = options.source.listBeyond?.bind(options.source);
    // From the first page on, going on costs what reading the window does, and a page that
    // disproves the order would then be read twice: read the window instead.
    if (base && base.end.offset > 0 && listBeyond) {
        const beyond = await withRetries(options, (stop) => listBeyond(query, base, stop));
        if (typeof beyond === 'string')
            return beyond;
        if (beyond)
            return { jobs: [...base.jobs, ...beyond.jobs], end: beyond.end };
    }
    const jobs = await withRetries(options, (stop) => options.source.listJobs(query, stop, true));
    return typeof jobs === 'string' ? jobs : { jobs };
}
/**
 * From when a listing asked from `startDate` holds every job: the date's midnight UTC plus a
 * day, whatever zone the server reads the date in (docs/ges-api.md#the-job-list). No date: from the start.
 */
function trustedFrom(startDate) {
    return startDate === undefined ? undefined : Date.parse(`${startDate}T00:00:00Z`) + time/* DAY_MS */.sO;
}
/** Every job's comparison, when the listing tells each of them (decidedWithin); else undefined. */
function decideAll(group, listed, from) {
    const decided = group.map((job) => decidedWithin(job, listed, from));
    return decided.every((c) => c !== undefined) ? group.map((job, i) => [job.id, decided[i]]) : undefined;
}
/**
 * The comparison a listing can tell: with no start date, always; else only with a previous
 * import that began after `from`, when the listing surely holds every newer one too.
 */
function decidedWithin(job, listed, from) {
    if (from === undefined)
        return decide(job, listed);
    const previous = findPreviousImport(job, listed);
    if (previous === undefined || previous.beginTime < from)
        return undefined;
    return decide(job, listed);
}
/**
 * Running and pending jobs of a fresh listing are not successful imports and are passed over;
 * an entry that cannot be read might be one, so the answer is not known.
 */
function decide(job, candidates) {
    const previous = findPreviousImport(job, candidates);
    const undecided = undecidedBefore(job, candidates, previous);
    const unreadable = undecided.find((j) => j.unreadable !== undefined);
    if (unreadable) {
        return unavailable(job, `job ${unreadable.id} of the same graph may be a later import, but its entry in the job list cannot be read (${unreadable.unreadable})`);
    }
    // Twin entries that disagree (docs/evidence-rules.md): a finished import whose result is not known,
    // which may be the newer successful one. Passing over it like a running job would pick an older baseline.
    const disputed = undecided.find((j) => j.listingConflict !== undefined);
    if (disputed) {
        return unavailable(job, `job ${disputed.id} of the same graph may be a later import, but the job list gives two answers about it: ${disputed.listingConflict}`);
    }
    const unknownResult = undecided.find((j) => (0,model/* isFinished */.$g)(j) && !(0,import_result/* isSuccessfulImport */.S3)(j));
    if (unknownResult) {
        const why = (0,import_result/* fileResultsOf */.WV)(unknownResult) === 'not-reported'
            ? 'GES did not report its file results'
            : 'its files are in a status nobody documented or their line counts contradict';
        return unavailable(job, `job ${unknownResult.id} of the same graph finished and may be the previous import, but whether it succeeded is unknown: ${why}`);
    }
    const undated = undecided.find((j) => (0,model/* isFinished */.$g)(j));
    if (undated) {
        return unavailable(job, `job ${undated.id} of the same graph succeeded and may be the previous import, but its begin time cannot be read (${JSON.stringify((undated.beginTimeRaw ?? 'none').slice(0, 40))})`);
    }
    return previous ? compareImports(job, previous) : noPrevious(job);
}
/**
 * A listing read to the end (pages a few at a time) and stopped at the deadline, tried again
 * after a retryable error; or why it could not be read in the time left. `stop` is asked before
 * every page: a listing it cut never passes for complete.
 */
async function withRetries(options, read) {
    const { clock, deadline, signal } = options;
    for (let attempt = 1;; attempt += 1) {
        if (signal.aborted)
            return 'the run was cancelled before the job list was read';
        if (clock.now() >= deadline)
            return 'no time was left before the timeout to read the job list';
        let cut = false;
        try {
            const result = await read(() => (cut = clock.now() >= deadline));
            return cut ? 'the timeout passed while the job list was being read' : result;
        }
        catch (error) {
            if (error instanceof cancellation/* CancelledError */.c || signal.aborted)
                return 'the run was cancelled before the job list was read';
            if (!(error instanceof api_error/* ApiError */.h))
                throw error;
            const problem = `the job list could not be read: ${error.message}${error.reference ? ` (${error.reference})` : ''}`;
            if ((error.kind !== 'transient' && error.kind !== 'throttled') || attempt >= ATTEMPTS)
                return problem;
            const now = clock.now();
            const throttle = error.kind === 'throttled' ? error.details : undefined;
            const sleep = (0,backoff/* sleepBeforeNextPoll */.R1)((0,backoff/* delayAfterPoll */.hV)(attempt - 1, options.retryMinMs, options.retryMaxMs, throttle), now, deadline);
            if (sleep === undefined)
                return problem;
            options.log.warning(`${oneLine(problem)}; trying again`);
            try {
                await clock.sleep(sleep, signal);
            }
            catch {
                return 'the run was cancelled before the job list was read';
            }
        }
    }
}
function describeComparison(c) {
    const n = (value) => (value === null ? 'unknown' : value.toLocaleString('en-US'));
    switch (c.result) {
        case 'no-previous':
            return 'no earlier successful import of this graph to compare with';
        case 'unavailable':
            return `not compared with the previous import: ${oneLine(c.reason ?? '')}`;
        case 'compared': {
            const delta = c.lineDelta === null ? 'unknown' : `${c.lineDelta > 0 ? '+' : ''}${n(c.lineDelta)}`;
            return `${n(c.successfulLines)} successful lines, ${n(c.previousSuccessfulLines)} in the previous import ${oneLine(c.previousJobId ?? '')} (${delta})`;
        }
    }
}
/** Server text in a log line: one line, no control characters, so it cannot start a `::` command. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 300);
}


/***/ })

};
