export const id = 637;
export const ids = [637];
export const modules = {

/***/ 2637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startImport: () => (/* reexport */ startImport)
});

// EXTERNAL MODULE: ./src/shared/cancellation.ts
var cancellation = __webpack_require__(1010);
// EXTERNAL MODULE: ./src/ges/model.ts
var model = __webpack_require__(3324);
// EXTERNAL MODULE: ./src/http/api-error.ts
var api_error = __webpack_require__(2247);
// EXTERNAL MODULE: ./src/http/error-hints.ts
var error_hints = __webpack_require__(7425);
// EXTERNAL MODULE: ./src/report/not-found.ts
var not_found = __webpack_require__(454);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/shared/time.ts
var time = __webpack_require__(168);
// EXTERNAL MODULE: ./src/shared/backoff.ts
var backoff = __webpack_require__(9393);
// EXTERNAL MODULE: ./src/shared/deadline.ts
var deadline = __webpack_require__(8013);
;// CONCATENATED MODULE: ./src/start/start-import.ts









/** An import that may have begun this long before the request was sent is listed as a candidate (clocks differ). */
const RECENT_MS = 10 * 60_000;
/** At most this many candidates are listed. */
const MAX_RECENT = 10;
/**
 * Starts the import (ImportGraph) once. The graph id comes from the graph list, which the status
 * polls then reuse. Only what surely was not processed is tried again, within the deadline:
 * throttling (429 / APIG.0308, after Retry-After) and a connection refused before sending.
 * A reset, a timeout, a 5xx or a 200 without a job id after the body was sent is ambiguous: the
 * call is never sent again (ImportGraph is not idempotent), and the graph's recent imports are
 * listed once so that the user can see whether one began.
 */
async function startImport(source, start, options) {
    const { log } = options;
    const report = (result, more = {}) => ({
        result,
        graph: start.graphName,
        jobId: null,
        requestId: null,
        paths: start.paths,
        recentJobs: null,
        recentJobsError: null,
        ...more
    });
    const notStarted = (result, error, hint) => ({
        started: false,
        end: 'error',
        error: finalError(error, hint),
        report: report(result, { requestId: error.details.requestId ?? null })
    });
    let graphId;
    try {
        graphId = await findGraphId(source, start.graphName, options);
    }
    catch (error) {
        if (error instanceof cancellation/* CancelledError */.c || options.signal.aborted)
            return cancelled(report('not-sent'), false);
        if (!(error instanceof api_error/* ApiError */.h))
            throw error;
        return notStarted('not-sent', error);
    }
    log.info(`Starting the import of graph "${start.graphName}" (ImportGraph, ${describePaths(start.paths)})`);
    const sentAt = options.clock.now();
    for (let attempt = 0;; attempt += 1) {
        // The last poll's grace is for reading, not for a write that no time is left to wait for.
        if ((0,deadline/* timeLeft */.f$)(options.deadline, options.clock.now()) <= 0) {
            return notStarted('not-sent', new api_error/* ApiError */.h('transient', 'Starting the GES import (ImportGraph) was not sent: the timeout was reached before the graph was found', { notSent: true }), 'No import was started: raise "timeout" so that the step has time to start the import and wait for it.');
        }
        let answer;
        try {
            answer = await source.startImport(graphId, start.body);
        }
        catch (error) {
            // Cancelled mid-request: it may have reached GES. No time is left to list.
            if (error instanceof cancellation/* CancelledError */.c || options.signal.aborted)
                return cancelled(report('unknown'), true);
            if (!(error instanceof api_error/* ApiError */.h))
                throw error;
            const wait = retryDelay(error, attempt, options);
            if (wait !== undefined) {
                log.info(`${error.message}: no import was started; trying again in ${(0,time/* formatDuration */.a3)(wait)}`);
                try {
                    await options.clock.sleep(wait, options.signal);
                }
                catch (sleepError) {
                    if (sleepError instanceof cancellation/* CancelledError */.c)
                        return cancelled(report('not-sent'), false);
                    throw sleepError;
                }
                continue;
            }
            if (retriable(error)) {
                const left = (0,deadline/* timeLeft */.f$)(options.deadline, options.clock.now());
                const asked = error.details.retryAfterMs;
                // Say why it stopped: GES's own Retry-After may ask for more than the time left.
                const why = asked !== undefined && asked >= left
                    ? `GES asked to wait ${(0,time/* formatDuration */.a3)(asked)} (Retry-After), more than the ${(0,time/* formatDuration */.a3)(Math.max(0, left))} left before the timeout`
                    : `tried ${attempt + 1} ${attempt === 0 ? 'time' : 'times'} until the timeout`;
                return notStarted('not-sent', withMessage(error, `${error.message}; ${why}: no import was started`), 'GES did not take the request before the timeout, so no import was started: run the step again later, or raise "timeout".');
            }
            if (error.details.notSent)
                return notStarted('not-sent', saidNotStarted(error));
            // A 200 that carries an error code (GES v1's habit) was answered by GES after it read the
            // request, and a 303 See Other answers a request that was processed (RFC 9110 §15.4.4):
            // whether either started a job is not known, so neither is called a refusal.
            const processed = error.details.status === 200 || error.details.status === 303;
            if ((error.kind === 'permanent' || error.kind === 'auth') && !processed) {
                return notStarted('refused', saidNotStarted(error), refusalHint(error, options.apiVersion));
            }
            return ambiguous(source, start, sentAt, error, options, report);
        }
        if (answer.jobId === undefined) {
            const error = new api_error/* ApiError */.h('transient', `Starting the GES import (ImportGraph) failed: GES answered without one readable job id (${(0,shared_text/* clipLine */.DX)(JSON.stringify(answer.json) ?? 'no body', 200)})`, { status: 200, requestId: answer.requestId });
            return ambiguous(source, start, sentAt, error, options, report);
        }
        log.info(`GES started ImportGraph job ${answer.jobId} on graph "${start.graphName}"`);
        return {
            started: true,
            job: {
                id: answer.jobId,
                name: 'ImportGraph',
                type: null,
                graph: start.graphName,
                status: 'pending',
                rawStatus: '',
                beginTime: null,
                beginTimeRaw: null,
                endTime: null,
                failReason: null,
                files: null
            },
            expected: { name: 'ImportGraph', graph: start.graphName, notBefore: sentAt - time/* DAY_MS */.sO },
            report: report('started', { jobId: answer.jobId, requestId: answer.requestId ?? null })
        };
    }
}
/** The graph list is safe to read again: retried on transient errors and throttling until the deadline. */
async function findGraphId(source, graphName, options) {
    for (let attempt = 0;; attempt += 1) {
        try {
            const { graphs, complete } = await source.listGraphs();
            const named = graphs.filter((g) => g.name === graphName);
            if (named.length === 1)
                return named[0].id;
            if (named.length > 1) {
                // Names are unique in a project; a list that says otherwise cannot tell us where to import.
                throw new api_error/* ApiError */.h('permanent', `The graph list names ${named.length} graphs "${graphName}" (ids ${named.map((g) => g.id).join(', ')}): no import was started, since the target is not known`, {}, 'Check the graphs of the project in the GES console; the graph list of GES (or a proxy in front of it) contradicts itself.');
            }
            // A list not read to its end proves no absence (src/ges/ges-client.ts, listGraphs): read it again.
            if (!complete)
                throw new api_error/* ApiError */.h('transient', `The graph "${graphName}" is not in the part of the graph list GES gave (${graphs.length} graphs; the list did not hold still or held entries that are no graph)`);
            const similar = graphs.find((g) => g.name.toLowerCase() === graphName.toLowerCase());
            throw new api_error/* ApiError */.h('permanent', `The graph "${graphName}" is not in the project's graph list (${graphs.length} ${graphs.length === 1 ? 'graph' : 'graphs'}): no import was started`, {}, `Check "graph-name"${similar ? ` (did you mean "${similar.name}"?)` : ''}: the import is started on a graph that exists in this project.`);
        }
        catch (error) {
            if (!(error instanceof api_error/* ApiError */.h) || error.kind === 'permanent' || error.kind === 'auth')
                throw error;
            const wait = (0,backoff/* delayAfterPoll */.hV)(attempt, options.retryMinMs, options.retryMaxMs, throttleOf(error));
            if (wait >= (0,deadline/* timeLeft */.f$)(options.deadline, options.clock.now()))
                throw withMessage(error, `${error.message}; no import was started before the timeout`);
            options.log.info(`${error.message}; trying again in ${(0,time/* formatDuration */.a3)(wait)}`);
            await options.clock.sleep(wait, options.signal);
        }
    }
}
/** Surely not processed: throttled by the gateway, or a connection refused before a byte was sent. */
function retriable(error) {
    return error.kind === 'throttled' || (error.details.notSent === true && error.details.networkCode === 'ECONNREFUSED');
}
/** The wait before trying a POST again, or undefined when it must not be (or cannot be, within the deadline). */
function retryDelay(error, attempt, options) {
    if (!retriable(error))
        return undefined;
    const wait = (0,backoff/* delayAfterPoll */.hV)(attempt, options.retryMinMs, options.retryMaxMs, throttleOf(error));
    return wait < (0,deadline/* timeLeft */.f$)(options.deadline, options.clock.now()) ? wait : undefined;
}
function throttleOf(error) {
    return error.kind === 'throttled' ? error.details : undefined;
}
/**
 * The answer to the POST was lost: GES may have started the import. It is not sent again; the
 * graph's imports that began around the request are listed once, within the time left.
 */
async function ambiguous(source, start, sentAt, error, options, report) {
    const { log } = options;
    const message = `${error.message.replace(/\.$/, '')}. An import may have started: GES may have received the request, which is not sent again (ImportGraph is not idempotent)`;
    log.warning(message);
    let recentJobs = null;
    let recentJobsError = null;
    try {
        const since = sentAt - RECENT_MS;
        const jobs = await source.listJobs({ graphName: start.graphName, startDate: (0,time/* formatUtcDate */.g5)(since - time/* DAY_MS */.sO) });
        const recent = jobs
            .filter((job) => (0,model/* isImport */.YF)(job) && (job.beginTime === null ? job.beginTimeRaw === null : job.beginTime >= since))
            .sort((a, b) => (b.beginTime ?? Infinity) - (a.beginTime ?? Infinity))
            .slice(0, MAX_RECENT);
        recentJobs = recent.map(not_found/* seenJob */.d2);
        log.info(recent.length === 0
            ? `The job center lists no import of graph "${start.graphName}" that began since ${(0,time/* formatUtcTime */.fz)(since)} UTC`
            : `Imports of graph "${start.graphName}" that began since ${(0,time/* formatUtcTime */.fz)(since)} UTC, newest first:\n${recent
                .map((job) => `  ${job.id}: ${job.rawStatus || 'no status'}, begun ${job.beginTime === null ? 'not yet' : `${(0,time/* formatUtcTime */.fz)(job.beginTime)} UTC`}`)
                .join('\n')}`);
    }
    catch (listError) {
        if (!(listError instanceof api_error/* ApiError */.h) && !(listError instanceof cancellation/* CancelledError */.c))
            throw listError;
        recentJobsError = listError.message;
        log.warning(`Could not list the recent jobs of graph "${start.graphName}": ${listError.message}`);
    }
    return {
        started: false,
        end: 'error',
        error: new api_error/* ApiError */.h('permanent', message, error.details, `Check the jobs of graph "${start.graphName}" (listed in the summary, or in the GES console) before running this step again: running it again starts another import.`),
        report: report('unknown', { requestId: error.details.requestId ?? null, recentJobs, recentJobsError })
    };
}
function cancelled(report, maybeStarted) {
    const message = maybeStarted
        ? 'The run was cancelled while the import was being started: an import may have started; check the graph in the GES console'
        : 'The run was cancelled before the import was started';
    return { started: false, end: 'cancelled', error: new api_error/* ApiError */.h('transient', message), report };
}
/** What to fix after a refusal: the input, named. */
function refusalHint(error, apiVersion) {
    const code = error.details.code ?? '';
    // docs/ges-api.md#starting-an-import-importgraph: GES.7000 and GES.8011 say the graph does not exist, GES.7015 that it is not running.
    if (/^GES\.(?:7000|8011)$/i.test(code))
        return 'The graph does not exist: check "graph-name".';
    if (/^GES\.7015$/i.test(code))
        return 'The graph is not running: start it in the GES console (or let its running operation end), then run the step again.';
    if (error.details.status === 403) {
        return 'The credentials may read jobs but not start an import: ImportGraph needs the system policy "GES Development" (or "GES FullAccess") in this project; "GES ReadOnlyAccess" only reads. GES also needs read access to the OBS paths.';
    }
    if (error.details.status === 400 && !/^GES\.00(?:01|16)$/i.test(code) && code !== '') {
        return `GES refused the import (${code}): check "import-edges", "import-vertices", "import-schema", "import-log-dir" and "import-options" (field names in the ${apiVersion} naming).`;
    }
    if (/^GES\.0001$/i.test(code)) {
        return `GES rejected a parameter (GES.0001): check "import-edges", "import-vertices", "import-schema", "import-log-dir" and "import-options" (field names in the ${apiVersion} naming), then "project-id".`;
    }
    return (0,error_hints/* hintForApiError */.x)(error);
}
/** The error that ends the step: permanent (it stopped the wait), with the hint that names the input. */
function finalError(error, hint) {
    return new api_error/* ApiError */.h('permanent', error.message, error.details, hint ?? (0,error_hints/* hintForApiError */.x)(error));
}
/** The error, saying that no import was started (after its own sentence, if it ends in one). */
function saidNotStarted(error) {
    return withMessage(error, `${error.message.replace(/\.$/, '')}: no import was started`);
}
function withMessage(error, message) {
    return new api_error/* ApiError */.h(error.kind, message, error.details, error.hint);
}
function describePaths(paths) {
    return Object.entries(paths)
        .map(([field, path]) => `${field} ${path}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/start/starting.ts
// What starting the import needs, in one chunk loaded only when import-* inputs are set.



/***/ })

};
