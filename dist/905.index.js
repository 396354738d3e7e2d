export const id = 905;
export const ids = [905];
export const modules = {

/***/ 5905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   octokitComments: () => (/* binding */ octokitComments)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

/** CommentsApi over Octokit. This module is loaded only when a comment is asked for. */
function octokitComments(token, pr) {
    // baseUrl comes from GITHUB_API_URL, so GitHub Enterprise Server works unchanged.
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token);
    const target = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
    const toComment = (c) => ({
        id: c.id,
        body: c.body ?? '',
        url: c.html_url,
        user: c.user ? { login: c.user.login, type: c.user.type } : null
    });
    return {
        async whoAmI() {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch {
                return undefined; // an installation token (GITHUB_TOKEN) cannot read /user
            }
        },
        async listComments() {
            const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...target, per_page: 100 });
            return comments.map(toComment);
        },
        async create(body) {
            return toComment((await octokit.rest.issues.createComment({ ...target, body })).data);
        },
        async update(id, body) {
            return toComment((await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: id, body })).data);
        },
        async remove(id) {
            await octokit.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: id });
        }
    };
}


/***/ })

};
