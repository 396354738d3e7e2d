export const id = 678;
export const ids = [678];
export const modules = {

/***/ 4678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentBudgetMs: () => (/* binding */ commentBudgetMs),
  postReportComment: () => (/* binding */ postReportComment),
  runUrlOf: () => (/* binding */ runUrlOf)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/http/undici-on-demand.ts
var undici_on_demand = __webpack_require__(1260);
// EXTERNAL MODULE: ./src/shared/time.ts
var time = __webpack_require__(168);
// EXTERNAL MODULE: ./src/shared/timers.ts
var timers = __webpack_require__(407);
;// CONCATENATED MODULE: ./src/sinks/pr-comment/pull-request.ts
/** Which pull request a run belongs to, from `pr-number` or the event payload the runner wrote. Pure. */
const pull_request_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
function findPullRequest(eventName, payload, repository, prNumber) {
    const [owner, repo] = (repository ?? '').split('/');
    const resolvedOwner = owner || pull_request_text(payload.repository?.owner?.login);
    const resolvedRepo = repo || pull_request_text(payload.repository?.name);
    const at = (number, source) => {
        if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
            return { notFound: `the ${source} names no pull request number` };
        }
        if (!resolvedOwner || !resolvedRepo)
            return { notFound: 'GITHUB_REPOSITORY is not set' };
        return { found: { owner: resolvedOwner, repo: resolvedRepo, number } };
    };
    if (prNumber !== undefined)
        return at(prNumber, 'pr-number input');
    const event = `${eventName} event payload`;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return at(payload.pull_request?.number, event);
        case 'issue_comment':
            return payload.issue?.pull_request
                ? at(payload.issue.number, event)
                : { notFound: 'the comment is on an issue, not a pull request' };
        case 'workflow_run':
            return workflowRun(payload.workflow_run ?? {}, resolvedOwner, resolvedRepo, (n) => at(n, event));
        default:
            return { notFound: `a ${eventName || 'manual'} event has no pull request (set pr-number to name one)` };
    }
}
function workflowRun(run, owner, repo, at) {
    // GitHub may list a pull request of another repository (one inside the fork, on the same
    // branch): only those based on this repository count.
    const here = `/repos/${owner ?? ''}/${repo ?? ''}`.toLowerCase();
    const prs = Array.isArray(run.pull_requests)
        ? run.pull_requests.filter((pr) => {
            const url = pr?.base?.repo?.url;
            return typeof url !== 'string' || url.toLowerCase().endsWith(here);
        })
        : undefined;
    if (Array.isArray(prs) && prs.length === 1)
        return at(prs[0].number);
    if (Array.isArray(prs) && prs.length > 1) {
        return { notFound: `the workflow_run payload names ${prs.length} pull requests; set pr-number to choose one` };
    }
    // Empty: a run from a fork (GitHub leaves the list empty), or a run that no pull request triggered.
    const trigger = pull_request_text(run.event);
    if (trigger && trigger !== 'pull_request' && trigger !== 'pull_request_target') {
        return { notFound: `the workflow_run was triggered by ${trigger}, not by a pull request` };
    }
    const headOwner = pull_request_text(run.head_repository?.owner?.login) ?? pull_request_text(run.head_repository?.full_name)?.split('/')[0];
    const branch = pull_request_text(run.head_branch);
    const sha = pull_request_text(run.head_sha);
    if (!owner || !repo || ((!headOwner || !branch) && !sha)) {
        return { notFound: 'the workflow_run payload names no pull request, and no head branch or SHA to look one up by' };
    }
    return {
        lookUp: {
            base: { owner, repo },
            ...(headOwner && branch ? { head: { owner: headOwner, branch } } : {}),
            ...(sha ? { sha } : {})
        }
    };
}
/**
 * Of the pull requests an endpoint returned, the one the run belongs to: open, and at the run's
 * head SHA when the endpoint says which SHA (after a newer push, a newer run reports). The caller
 * takes only an answer of exactly one.
 */
function matchingPullRequests(candidates, sha) {
    const open = candidates.filter((pr) => !pr.state || pr.state === 'open');
    const atSha = open.filter((pr) => !sha || !pr.headSha || pr.headSha === sha);
    return [...new Set(atSha.map((pr) => pr.number))].sort((a, b) => a - b);
}

// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/sinks/pr-comment/identity.ts
/**
 * Who wrote a comment, compared the way marocchino/sticky-pull-request-comment does: GitHub
 * spells an app's login `name[bot]` in REST authors and GraphQL `viewer`, but `name` in GraphQL
 * comment authors, so the `[bot]` suffix is dropped on both sides. Logins are case-insensitive.
 */
function normaliseLogin(login) {
    return login
        .trim()
        .replace(/\[bot\]$/i, '')
        .toLowerCase();
}
/** True only when both logins are known and name the same account. */
function sameLogin(a, b) {
    if (!a || !b)
        return false;
    const left = normaliseLogin(a);
    return left !== '' && left === normaliseLogin(b);
}

;// CONCATENATED MODULE: ./src/sinks/pr-comment/sticky-comment.ts


/** The hidden line that identifies our comment for a tag. */
function markerFor(tag) {
    return `<!-- ges-job-waiter:${tag} -->`;
}
const statusOf = (error) => error.status;
/**
 * Ours: begins with the marker (the line we put first; anywhere else it may be server text of
 * another report) AND was written by the token's login. Oldest first.
 */
function ours(comments, marker, me) {
    return comments
        .filter((c) => c.body.split(/\r?\n/, 1)[0] === marker && sameLogin(c.user?.login, me))
        .sort((a, b) => a.id - b.id);
}
/**
 * One comment per pull request and tag. Only a comment that carries the marker AND was written
 * by the token's own login is ever edited or deleted: a token with write access may edit anyone's
 * comment, so a person's comment quoting the marker must not be taken for ours. When GitHub will
 * not say who the token is, a new comment is posted and nothing else is touched.
 *
 * `sameContent` tells whether two bodies differ only in volatile parts (skip-unchanged).
 */
async function upsertStickyComment(api, tag, body, mode = 'update', sameContent = (a, b) => a === b) {
    const marker = markerFor(tag);
    const text = `${marker}\n${body}`;
    const me = await api.whoAmI();
    if (!me) {
        return {
            comment: await api.create(text),
            action: 'created',
            notes: [
                'GitHub would not say which login the token writes as (neither GET /user nor GraphQL viewer answered), so no earlier comment was edited or deleted: a new one was posted'
            ]
        };
    }
    const [existing] = ours(await api.listComments(), marker, me);
    if (existing && mode === 'skip-unchanged' && sameContent(existing.body, text)) {
        return { comment: existing, action: 'unchanged', notes: [] };
    }
    if (existing && mode !== 'recreate') {
        try {
            return { comment: await api.update(existing.id, text), action: 'updated', notes: [] };
        }
        catch (error) {
            // 404: deleted since we listed it; post a new one. Anything else (403: no write access) is reported.
            if (statusOf(error) !== 404)
                throw error;
        }
    }
    const created = await api.create(text);
    return settle(api, created, marker, me, text, mode === 'recreate' ? 'newest' : 'oldest', existing !== undefined);
}
/**
 * After a creation, the list is read again so that runs racing each other end with one comment:
 * every run keeps the same one (the oldest in place for update, the newest for recreate) and
 * deletes the rest of ours; a run whose own comment lost writes its body into the kept one.
 */
async function settle(api, created, marker, me, text, keep, replaced) {
    const action = keep === 'newest' && replaced ? 'recreated' : 'created';
    const notes = [];
    if (created.user && !sameLogin(created.user.login, me)) {
        // GitHub wrote our comment under another login than it told us: trust neither, delete nothing.
        notes.push(`the new comment is by ${created.user.login}, not ${me} as GitHub said: no other comment was edited or deleted`);
        return { comment: created, action: 'created', notes };
    }
    const listed = ours(await api.listComments(), marker, me);
    const all = listed.some((c) => c.id === created.id) ? listed : [...listed, created].sort((a, b) => a.id - b.id);
    const kept = keep === 'oldest' ? all[0] : all[all.length - 1];
    for (const other of all) {
        if (other.id === kept.id)
            continue;
        try {
            await api.remove(other.id);
        }
        catch (error) {
            if (statusOf(error) === 404)
                continue; // another run deleted it first
            notes.push(`an earlier report comment (${other.url}) could not be deleted: ${(0,shared_text/* errorMessage */.gJ)(error)}`);
        }
    }
    if (kept.id === created.id)
        return { comment: created, action, notes };
    return { comment: await api.update(kept.id, text), action: 'updated', notes };
}

;// CONCATENATED MODULE: ./src/sinks/pr-comment/post-report-comment.ts






/** Where the run's page is, from the runner's environment. */
function runUrlOf(env) {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!repo || !run)
        return undefined;
    return `${server}/${repo}/actions/runs/${run}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}
/**
 * GitHub's text (URLs, logins, error messages) on one line: a line break could start a `::`
 * workflow command in the log, and invisible characters could hide what follows.
 */
const oneLine = (text) => 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
text.replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').slice(0, 500);
/**
 * The whole comment (who am I, list, write) must be done within what is left of `timeout` plus
 * this grace, at most COMMENT_MAX_MS, or it is given up: a slow GitHub must not hold the step
 * long past the timeout the workflow set.
 */
const COMMENT_GRACE_MS = 10_000;
const COMMENT_MAX_MS = 30_000;
/** How long the comment may take, `leftMs` of `timeout` being left after the wait. */
function commentBudgetMs(leftMs) {
    return Math.min(COMMENT_MAX_MS, Math.max(0, leftMs) + COMMENT_GRACE_MS);
}
/** What to do about GitHub's refusal, by status. */
function helpFor(status, where, lookingUp) {
    if (lookingUp && (status === 403 || status === 404)) {
        // Finding a fork's pull request reads the pull requests; writing the comment is a later step.
        return `Finding the pull request of a workflow_run from a fork lists the pull requests of ${where}: the token needs "pull-requests: read" (add it to the permissions block, beside "pull-requests: write").`;
    }
    switch (status) {
        case 401:
            return 'GitHub refused the github-token itself (expired, revoked or not a token): check the github-token input.';
        case 403:
            return 'The token needs "pull-requests: write" (add a permissions block to the job). Pull requests from forks and Dependabot get a read-only token: post the report from a separate workflow triggered by workflow_run instead (README: "Pull requests from forks").';
        case 404:
            return `GitHub answers 404 when ${where} does not exist or the token cannot see the repository: check pr-number (or the event's pull request), and that github-token belongs to this repository (a token of another repository, or of an app not installed on it, sees 404; so can a read-only token writing to a private repository).`;
        default:
            return 'The step result is not affected.';
    }
}
/**
 * Posts (or updates) the report comment on the run's pull request. Returns the comment URL,
 * or undefined when there is no pull request or GitHub refused: a comment never changes the
 * verdict, so every failure here is one warning.
 */
async function postReportComment(request, log, env = process.env, connect = loadOctokit) {
    const timeoutMs = request.timeoutMs ?? COMMENT_MAX_MS;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        // No readable payload: findPullRequest says what is missing.
    }
    const lookup = findPullRequest(eventName, payload, env.GITHUB_REPOSITORY, request.prNumber);
    if ('notFound' in lookup) {
        log.info(`pr-comment: no pull request to comment on (${lookup.notFound}); no GitHub request made`);
        return undefined;
    }
    const timeLimit = (0,timers/* timeoutSignal */._)(timeoutMs);
    const signal = request.cancel ? AbortSignal.any([timeLimit, request.cancel]) : timeLimit;
    const describe = (ref) => `pull request #${ref.number} of ${ref.owner}/${ref.repo}`;
    const query = 'lookUp' in lookup ? lookup.lookUp : undefined;
    let pr = 'found' in lookup ? lookup.found : undefined;
    let where = pr ? describe(pr) : `the repository ${query?.base.owner}/${query?.base.repo}`;
    let lookingUp = false;
    try {
        // Cancelled already (while the event was read): no GitHub call at all, rather than one whose
        // abort listener comes too late to hear it.
        signal.throwIfAborted();
        const github = await connect(request.token, signal);
        if (!pr && query) {
            lookingUp = true;
            pr = await lookUpPullRequest(github, query, log);
            lookingUp = false;
        }
        if (!pr)
            return undefined;
        where = describe(pr);
        const { comment, action, notes } = await upsertStickyComment(github.comments(pr), request.tag, request.render(runUrlOf(env)), request.mode, request.sameContent);
        for (const note of notes)
            log.warning(`pr-comment: ${oneLine(note)}.`);
        log.info(action === 'unchanged'
            ? `Report on ${pr.owner}/${pr.repo}#${pr.number} is unchanged (comment-mode skip-unchanged): ${oneLine(comment.url)}`
            : `Report ${action === 'created' ? 'posted' : action} on ${pr.owner}/${pr.repo}#${pr.number}: ${oneLine(comment.url)}`);
        return comment.url;
    }
    catch (error) {
        const target = pr ? `pull request #${pr.number}` : 'the pull request';
        if (request.cancel?.aborted) {
            // Some calls may have been made (a comment deleted, none written yet): say so, not "GitHub answered".
            log.warning(`pr-comment: the run was cancelled while the report was being posted on ${target}; the comment may be missing or out of date`);
            return undefined;
        }
        // Octokit reports an aborted request as status 500: that is our time limit, not GitHub's answer.
        const status = signal.aborted ? undefined : error.status;
        const message = signal.aborted
            ? `GitHub did not answer within ${(0,time/* formatDuration */.a3)(timeoutMs)} (what was left of timeout, plus at most ${(0,time/* formatDuration */.a3)(COMMENT_GRACE_MS)})`
            : error instanceof Error
                ? oneLine(error.message)
                : oneLine(String(error));
        log.warning(`Could not post the report on ${target}${status ? ` (GitHub answered ${status})` : ''}: ${message}. ${helpFor(status, where, lookingUp)}${status === 401 || status === 403 || status === 404 ? ' The step result is not affected.' : ''}`);
        return undefined;
    }
}
/**
 * A workflow_run from a fork names no pull request: find it from the run's head branch, then its
 * head SHA. Only exactly one open pull request counts.
 */
async function lookUpPullRequest(github, query, log) {
    const { base, head, sha } = query;
    let numbers = [];
    if (head)
        numbers = matchingPullRequests(await github.pullRequestsOfBranch(base, head), sha);
    if (numbers.length === 0 && sha)
        numbers = matchingPullRequests(await github.pullRequestsOfCommit(base, sha), sha);
    const of = [head && `branch ${head.owner}:${head.branch}`, sha && `commit ${sha.slice(0, 12)}`]
        .filter(Boolean)
        .join(' or ');
    if (numbers.length === 1) {
        log.info(`pr-comment: the workflow_run names no pull request; found #${numbers[0]} from ${of}`);
        return { ...base, number: numbers[0] };
    }
    if (numbers.length === 0) {
        log.info(`pr-comment: no open pull request of ${base.owner}/${base.repo} has ${of}; nothing posted`);
    }
    else {
        log.warning(`pr-comment: ${numbers.length} open pull requests (#${numbers.join(', #')}) have ${of}; set pr-number to choose one. Nothing posted.`);
    }
    return undefined;
}
/** @actions/github and undici are large: load them only when a comment is wanted. */
async function loadOctokit(token, signal) {
    await (0,undici_on_demand.loadUndici)();
    const { octokitGitHub } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 5905));
    return octokitGitHub(token, signal);
}


/***/ })

};
