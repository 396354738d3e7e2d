// A loopback stand-in for the GitHub REST endpoints the action uses for PR comments:
// GET /user, GET/POST /repos/{o}/{r}/issues/{n}/comments, PATCH/DELETE /repos/{o}/{r}/issues/comments/{id},
// GET /repos/{o}/{r}/actions/runs/{id}[/attempts/{n}] (run_started_at, for since: run).
// Paging follows GitHub: per_page (max 100), page, and a Link header with rel="next".
import { createServer } from 'node:http'

/**
 * options: { token = 'ghs_test', login = 'github-actions[bot]', userEndpoint = 'forbidden' | 'ok',
 *            writeStatus?: number (e.g. 403 to refuse creates/updates), comments?: [...] }
 */
export async function startGitHubEmulator(options = {}) {
  const token = options.token ?? 'ghs_test'
  const login = options.login ?? 'github-actions[bot]'
  const requests = []
  const comments = (options.comments ?? []).map((c, i) => ({ id: c.id ?? 1000 + i, ...c }))
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

  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const url = new URL(req.url, 'http://x')
      const base = `http://127.0.0.1:${server.address().port}`
      requests.push({
        method: req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body
      })
      if (req.headers.authorization !== `token ${token}` && req.headers.authorization !== `Bearer ${token}`) {
        return send(res, 401, { message: 'Bad credentials' })
      }
      if (req.method === 'GET' && url.pathname === '/user') {
        return options.userEndpoint === 'ok'
          ? send(res, 200, { login, type: 'User' })
          : send(res, 403, { message: 'Resource not accessible by integration' })
      }
      let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
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
          if (options.writeStatus)
            return send(res, options.writeStatus, { message: 'Resource not accessible by integration' })
          const now = new Date().toISOString()
          const comment = {
            id: nextId++,
            owner,
            repo,
            number,
            body: JSON.parse(body).body,
            user: { login, type: 'Bot' },
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
        if (options.writeStatus)
          return send(res, options.writeStatus, { message: 'Resource not accessible by integration' })
        if (comment.user?.login !== login) return send(res, 403, { message: 'You cannot edit this comment' })
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
      // GET /repos/{o}/{r}/actions/runs/{id}[/attempts/{n}] (since: run). options.runs:
      // { [runId]: { startedAt, attempts?: { [n]: startedAt } } }; options.runsStatus refuses
      // with that status, as GitHub does for a token without actions: read (403, or 404 on a
      // private repository).
      m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)(?:\/attempts\/(\d+))?$/.exec(url.pathname)
      if (m && req.method === 'GET') {
        if (options.runsStatus)
          return send(res, options.runsStatus, { message: 'Resource not accessible by integration' })
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
      send(res, 404, { message: 'Not Found' })
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    token,
    requests,
    comments,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(resolve)
      })
  }
}
