// A loopback stand-in for the GitHub API calls the action makes for PR comments:
// GET /user, POST /graphql (viewer { login }), GET/POST /repos/{o}/{r}/issues/{n}/comments,
// PATCH/DELETE /repos/{o}/{r}/issues/comments/{id}, GET /repos/{o}/{r}/pulls?head=&state=,
// GET /repos/{o}/{r}/commits/{sha}/pulls and GET /repos/{o}/{r}/actions/runs/{id}[/attempts/{n}]
// (run_started_at, for since: run). Paging follows GitHub: per_page (max 100), page, and a
// Link header with rel="next".
//
// Token kinds answer as GitHub does:
// - 'workflow' (GITHUB_TOKEN): /user → 403 "Resource not accessible by integration";
//   GraphQL viewer → github-actions[bot]; writes comments as github-actions[bot] (type Bot).
// - 'app' (an installation token): the same with `<slug>[bot]`.
// - 'pat' (a personal token): /user and GraphQL viewer → the user's login; writes as that user.
// As on GitHub, a token that may write can edit and delete ANY comment of the repository, not
// only its own: nothing here stops the action from overwriting a person's comment.
import { createServer } from 'node:http'

const INTEGRATION = 'Resource not accessible by integration'

/** A token's identity: { token, kind, login }. */
function identity(spec) {
  const kind = spec.kind ?? 'workflow'
  const login =
    spec.login ??
    (kind === 'app' ? `${spec.slug ?? 'my-app'}[bot]` : kind === 'pat' ? 'octocat' : 'github-actions[bot]')
  return { token: spec.token, kind, login, type: kind === 'pat' ? 'User' : 'Bot' }
}

/**
 * options: { token = 'ghs_test', kind, login, slug, userEndpoint = 'forbidden' | 'ok' (the first token's kind:
 *            'ok' makes it a personal token), tokens?: [{ token, kind, login?, slug? }] (more tokens),
 *            graphql = 'ok' | 'error' | 'missing', writeStatus?: number, comments?: [...], pulls?: [...],
 *            onRequest?: (request, state) => undefined | { status, body } | Promise<…> }
 */
export async function startGitHubEmulator(options = {}) {
  const first = identity({
    token: options.token ?? 'ghs_test',
    kind:
      options.kind ??
      (options.userEndpoint === 'ok'
        ? 'pat'
        : (options.login ?? '').endsWith('[bot]') && options.login !== 'github-actions[bot]'
          ? 'app'
          : 'workflow'),
    login: options.login,
    slug: options.slug
  })
  const tokens = [first, ...(options.tokens ?? []).map(identity)]
  const requests = []
  const comments = (options.comments ?? []).map((c, i) => ({ id: c.id ?? 1000 + i, ...c }))
  const pulls = options.pulls ?? []
  const state = { comments, pulls, requests }
  let nextId = 5000
  let server

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
    res.end(body === undefined ? '' : JSON.stringify(body))
  }
  const view = (c, base) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.example/${c.owner}/${c.repo}/pull/${c.number}#issuecomment-${c.id}`,
    url: `${base}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    created_at: c.createdAt,
    updated_at: c.updatedAt
  })
  const pullView = (p) => ({
    number: p.number,
    state: p.state ?? 'open',
    head: {
      ref: p.head.ref,
      sha: p.head.sha,
      label: `${p.head.owner}:${p.head.ref}`,
      repo: { full_name: `${p.head.owner}/${p.head.repo ?? p.repo}`, owner: { login: p.head.owner } }
    },
    base: { ref: 'main', repo: { full_name: `${p.owner}/${p.repo}` } }
  })

  const handle = async (req, res, body) => {
    const url = new URL(req.url, 'http://x')
    const base = `http://127.0.0.1:${server.address().port}`
    const record = {
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body
    }
    requests.push(record)
    const auth = req.headers.authorization ?? ''
    const me = tokens.find((t) => auth === `token ${t.token}` || auth === `Bearer ${t.token}`)
    record.tokenKind = me?.kind
    if (!me) return send(res, 401, { message: 'Bad credentials' })
    const injected = await options.onRequest?.(record, state)
    if (injected) return send(res, injected.status, injected.body)

    if (req.method === 'GET' && url.pathname === '/user') {
      // An installation token (GITHUB_TOKEN, an app) is not a user: GitHub refuses /user.
      return me.kind === 'pat'
        ? send(res, 200, { login: me.login, type: 'User' })
        : send(res, 403, { message: INTEGRATION })
    }
    if (req.method === 'POST' && url.pathname === '/graphql') {
      if (options.graphql === 'missing') return send(res, 404, { message: 'Not Found' })
      let query
      try {
        query = String(JSON.parse(body).query ?? '')
      } catch {
        return send(res, 400, { message: 'Problems parsing JSON' })
      }
      if (options.graphql === 'error' || !/\bviewer\s*\{\s*login\s*\}/.test(query)) {
        return send(res, 200, { data: null, errors: [{ type: 'FORBIDDEN', message: INTEGRATION }] })
      }
      // GitHub's viewer keeps the [bot] suffix for installation tokens (comment authors in GraphQL drop it).
      return send(res, 200, { data: { viewer: { login: me.login } } })
    }
    let m = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const [, owner, repo] = m
      const head = url.searchParams.get('head')
      const wanted = url.searchParams.get('state') ?? 'open'
      const found = pulls.filter(
        (p) =>
          p.owner === owner &&
          p.repo === repo &&
          (wanted === 'all' || (p.state ?? 'open') === wanted) &&
          (!head || `${p.head.owner}:${p.head.ref}` === head)
      )
      return send(res, 200, found.map(pullView))
    }
    // GET /repos/{o}/{r}/actions/runs/{id}[/attempts/{n}] (since: run). options.runs:
    // { [runId]: { startedAt, attempts?: { [n]: startedAt } } }; options.runsStatus refuses
    // with that status, as GitHub does for a token without actions: read (403, or 404 on a
    // private repository).
    m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)(?:\/attempts\/(\d+))?$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      if (options.runsStatus) return send(res, options.runsStatus, { message: INTEGRATION })
      const run = options.runs?.[m[3]]
      const startedAt = m[4] ? run?.attempts?.[m[4]] : run?.startedAt
      if (!startedAt) return send(res, 404, { message: 'Not Found' })
      return send(res, 200, {
        id: Number(m[3]),
        run_attempt: Number(m[4] ?? Object.keys(run.attempts ?? { 1: '' }).length),
        status: 'in_progress',
        run_started_at: startedAt
      })
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const [, owner, repo, sha] = m
      return send(
        res,
        200,
        pulls.filter((p) => p.owner === owner && p.repo === repo && p.head.sha === sha).map(pullView)
      )
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (m) {
      const [, owner, repo, n] = m
      const number = Number(n)
      if (req.method === 'GET') {
        const all = comments.filter((c) => c.owner === owner && c.repo === repo && c.number === number)
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
        const page = Number(url.searchParams.get('page') ?? 1)
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const headers = {}
        if (page * perPage < all.length) {
          headers.Link = `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`
        }
        return send(
          res,
          200,
          slice.map((c) => view(c, base)),
          headers
        )
      }
      if (req.method === 'POST') {
        if (options.writeStatus) return send(res, options.writeStatus, { message: INTEGRATION })
        const now = new Date().toISOString()
        const comment = {
          id: nextId++,
          owner,
          repo,
          number,
          body: JSON.parse(body).body,
          user: { login: me.login, type: me.type },
          createdAt: now,
          updatedAt: now
        }
        comments.push(comment)
        return send(res, 201, view(comment, base))
      }
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (m) {
      const comment = comments.find((c) => c.id === Number(m[3]))
      if (!comment) return send(res, 404, { message: 'Not Found' })
      if (options.writeStatus) return send(res, options.writeStatus, { message: INTEGRATION })
      if (req.method === 'PATCH') {
        comment.body = JSON.parse(body).body
        comment.updatedAt = new Date().toISOString()
        return send(res, 200, view(comment, base))
      }
      if (req.method === 'DELETE') {
        comments.splice(comments.indexOf(comment), 1)
        res.writeHead(204)
        return res.end()
      }
    }
    send(res, 404, { message: 'Not Found' })
  }

  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      handle(req, res, body).catch((error) => send(res, 500, { message: String(error) }))
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    token: first.token,
    tokens,
    requests,
    comments,
    pulls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(resolve)
      })
  }
}
