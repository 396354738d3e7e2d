export const id = 905;
export const ids = [905];
export const modules = {

/***/ 5905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   octokitGitHub: () => (/* binding */ octokitGitHub)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

const statusOf = (error) => error.status;
/**
 * GitHubApi over Octokit. This module is loaded only when a comment is asked for. Every call
 * carries `signal` (Octokit has no timeout of its own, and a hung API must not hold the step).
 */
function octokitGitHub(token, signal) {
    // baseUrl comes from GITHUB_API_URL, so GitHub Enterprise Server works unchanged (GraphQL too:
    // Octokit turns …/api/v3 into …/api/graphql).
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token);
    // Per-call request options are merged deeply: the proxy-aware fetch of the defaults stays.
    const request = { signal };
    const toComment = (c) => ({
        id: c.id,
        body: c.body ?? '',
        url: c.html_url,
        user: c.user ? { login: c.user.login, type: c.user.type } : null
    });
    const toSummary = (pr) => ({
        number: pr.number,
        state: pr.state,
        headSha: pr.head?.sha
    });
    /** A personal token reads /user; installation tokens (GITHUB_TOKEN, apps) get 403 there, but GraphQL `viewer` answers. */
    async function whoAmI() {
        try {
            const { data } = await octokit.rest.users.getAuthenticated({ request });
            if (typeof data?.login === 'string' && data.login)
                return data.login;
        }
        catch (error) {
            if (signal.aborted || statusOf(error) === 401)
                throw error;
        }
        try {
            const data = await octokit.graphql('query { viewer { login } }', { request });
            if (typeof data?.viewer?.login === 'string' && data.viewer.login)
                return data.viewer.login;
        }
        catch (error) {
            if (signal.aborted)
                throw error;
        }
        return undefined;
    }
    return {
        comments(pr) {
            const repo = { owner: pr.owner, repo: pr.repo, request };
            const target = { ...repo, issue_number: pr.number };
            return {
                whoAmI,
                async listComments() {
                    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...target, per_page: 100 });
                    return comments.map(toComment);
                },
                async create(body) {
                    return toComment((await octokit.rest.issues.createComment({ ...target, body })).data);
                },
                async update(id, body) {
                    return toComment((await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data);
                },
                async remove(id) {
                    await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
                }
            };
        },
        async pullRequestsOfBranch(base, head) {
            const { data } = await octokit.rest.pulls.list({
                ...base,
                head: `${head.owner}:${head.branch}`,
                state: 'open',
                per_page: 100,
                request
            });
            return data.map(toSummary);
        },
        async pullRequestsOfCommit(base, sha) {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                ...base,
                commit_sha: sha,
                per_page: 100,
                request
            });
            return data.map(toSummary);
        }
    };
}


/***/ })

};
