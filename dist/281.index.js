export const id = 281;
export const ids = [281];
export const modules = {

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RUN_START_TIMEOUT_MS: () => (/* binding */ RUN_START_TIMEOUT_MS),
/* harmony export */   readRunStart: () => (/* binding */ readRunStart)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
/* harmony import */ var _shared_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(168);
/* harmony import */ var _shared_timers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(407);
/* harmony import */ var _settings_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5794);




/** Reading one small JSON document: a stuck API must not hold the step before the wait starts. */
const RUN_START_TIMEOUT_MS = 10_000;
const EXAMPLE = '"run" with "permissions: actions: read", or a time such as "2h"';
/**
 * The start of this workflow run attempt (`run_started_at`), for `since: run`. Asks the attempt
 * (`/actions/runs/{id}/attempts/{n}`) and falls back to the run (`/actions/runs/{id}`, the
 * latest attempt) when that is not found, e.g. on an older GitHub Enterprise Server. Any
 * failure is an InputError that names `since` and `github-token`; the token is never printed.
 * Uses @actions/http-client rather than Octokit: the action starts without loading Octokit.
 */
async function readRunStart(source, userAgent, timeoutMs = RUN_START_TIMEOUT_MS, signal) {
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(userAgent, [], {
        allowRetries: false,
        maxRetries: 0,
        // http-client drops the Authorization header when a redirect leaves the host.
        allowRedirects: true,
        maxRedirects: 3,
        socketTimeout: timeoutMs
    });
    const base = `${source.apiUrl}/repos/${source.repository}/actions/runs/${source.runId}`;
    let stopTimer;
    let onAbort;
    const stop = new Promise((_, reject) => {
        const late = fail(`GitHub did not answer within ${Math.round(timeoutMs / 100) / 10} s`);
        stopTimer = (0,_shared_timers_js__WEBPACK_IMPORTED_MODULE_2__/* .startTimer */ .Ip)(() => reject(late), timeoutMs, { ref: true });
        // The runner cancels with SIGINT, then SIGTERM 7.5 s later: do not sit out the 10 s.
        onAbort = () => reject(new Error('cancelled while reading the start of the run (since: run)'));
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([readFrom(client, base, source), stop]);
    }
    finally {
        stopTimer?.();
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
        client.dispose();
    }
}
async function readFrom(client, base, source) {
    const headers = {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${source.githubToken}`,
        'X-GitHub-Api-Version': '2022-11-28'
    };
    const urls = source.runAttempt ? [`${base}/attempts/${source.runAttempt}`, base] : [base];
    for (const [i, url] of urls.entries()) {
        let status;
        let body;
        try {
            const response = await client.get(url, headers);
            status = response.message.statusCode ?? 0;
            body = await response.readBody();
        }
        catch (error) {
            throw fail(`cannot reach ${hostOf(url)} (${clean(error.message)}): check GITHUB_API_URL`);
        }
        if (status === 404 && i < urls.length - 1)
            continue; // no attempts endpoint: ask for the run
        if (status === 200)
            return runStartedAt(body);
        const said = githubMessage(body);
        if (status === 401) {
            throw fail(`GitHub refused "github-token" (HTTP 401${said}): check github-token`);
        }
        if (status === 403 || status === 404) {
            throw fail(`GitHub answered HTTP ${status}${said} for run ${source.runId}: "github-token" needs the permission actions: read (add "actions: read" to the job's permissions)`);
        }
        throw fail(`GitHub answered HTTP ${status}${said} for run ${source.runId}`);
    }
    throw fail('GitHub did not answer'); // not reached: the last URL always returns or throws
}
function runStartedAt(body) {
    let value;
    try {
        value = JSON.parse(body).run_started_at;
    }
    catch {
        throw fail('GitHub answered with something that is not JSON');
    }
    const time = typeof value === 'string' ? (0,_shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseUtcTime */ .jm)(value) : undefined;
    if (time === undefined)
        throw fail(`the run has no readable run_started_at (${clean(JSON.stringify(value))})`);
    return time;
}
function fail(problem) {
    return new _settings_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('since', `("run") could not be read: ${problem}. Or give since a time instead`, EXAMPLE);
}
function githubMessage(body) {
    try {
        const message = JSON.parse(body).message;
        return typeof message === 'string' ? `: ${clean(message)}` : '';
    }
    catch {
        return '';
    }
}
/** GitHub's text, one short line: it goes into the log and an annotation. */
function clean(text) {
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    return text.replace(/[\x00-\x1f\x7f]+/g, ' ').slice(0, 200);
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}


/***/ })

};
