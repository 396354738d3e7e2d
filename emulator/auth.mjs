// Authentication: static tokens, IAM password → token, AK/SK signatures (docs/ges-api.md#authentication).
import { randomBytes } from 'node:crypto'
import { verifyAkSk } from './aksk-verify.mjs'

/**
 * @typedef {{ name: string, password: string, domain: string }} IamUser
 * @typedef {{ tokens: string[], users: IamUser[], tokenTtlMs: number, shortLivedTokens?: number, expiredTokenCode?: string, aksk?: { ak: string, sk: string,
 *             securityToken?: string }, projectId: string, region: string }} AuthOptions
 */

export class Auth {
  /** @param {AuthOptions} o */
  constructor(o) {
    this.o = o
    /** token → { expiresMs, projectId } for tokens issued by POST /v3/auth/tokens */
    this.issued = new Map()
  }

  /**
   * POST /v3/auth/tokens, password method. Returns { status, headers?, body } (IAM error shape).
   * A request without scope gets an unscoped token, which GES then refuses (it needs a project).
   */
  issueToken(bodyText, nowMs) {
    const iamError = (code, title, message) => ({ status: code, body: { error: { code, title, message } } })
    let auth
    try {
      auth = JSON.parse(bodyText).auth
    } catch {
      return iamError(400, 'Bad Request', 'The request body is not valid JSON.')
    }
    const user = auth?.identity?.password?.user
    if (!auth?.identity?.methods?.includes('password') || typeof user?.name !== 'string') {
      return iamError(
        400,
        'Bad Request',
        'The request body is invalid: expected identity.methods ["password"] and password.user.'
      )
    }
    const known = this.o.users.find(
      (u) => u.name === user.name && u.password === user.password && u.domain === user.domain?.name
    )
    if (!known) return iamError(401, 'Unauthorized', 'The username or password is wrong.')

    const scope = auth.scope?.project
    let project = null
    if (scope) {
      const ok = scope.id !== undefined ? scope.id === this.o.projectId : scope.name === this.o.region
      if (!ok)
        return iamError(
          400,
          'Bad Request',
          `The project ${scope.id ?? scope.name} does not exist or is not accessible.`
        )
      project = { id: this.o.projectId, name: this.o.region }
    }
    const token = `MII${randomBytes(24).toString('base64url')}`
    // `shortLivedTokens`: only the first N tokens get `tokenTtlMs`, later ones a day, so a test of
    // one renewal does not depend on how fast the machine is.
    this.issuedCount = (this.issuedCount ?? 0) + 1
    const ttl = this.issuedCount <= (this.o.shortLivedTokens ?? Infinity) ? this.o.tokenTtlMs : 24 * 3600_000
    const expiresMs = nowMs + ttl
    this.issued.set(token, { expiresMs, projectId: project?.id ?? null })
    const iso = (ms) => new Date(ms).toISOString().replace(/Z$/, '000Z') // IAM prints microseconds
    const body = {
      token: {
        expires_at: iso(expiresMs),
        issued_at: iso(nowMs),
        methods: ['password'],
        user: { name: known.name, domain: { name: known.domain } },
        ...(project && { project })
      }
    }
    return { status: 201, headers: { 'X-Subject-Token': token }, body }
  }

  /**
   * Checks one request. AK/SK when an Authorization header is present, else X-Auth-Token.
   * @param {{ method: string, url: string, headers: Record<string, string | string[] | undefined>, body: Buffer }} req
   * @param {{ ges: boolean, nowMs: number, projectId?: string }} ctx  ges: a GES call (needs a
   *   project-scoped token, or a signed X-Project-Id with AK/SK); nowMs: the server's wall clock;
   *   projectId: the one in the URL (a wrong one is GES's business: 400 GES.0016)
   * @returns {null | { code: string, reason: string }}
   */
  check(req, ctx) {
    const h = req.headers
    if (h.authorization !== undefined) {
      if (!this.o.aksk) return { code: 'APIG.0301', reason: 'AK/SK authentication is not configured for this account' }
      const v = verifyAkSk({
        method: req.method,
        url: req.url,
        headers: h,
        body: req.body,
        credentials: this.o.aksk,
        nowMs: ctx.nowMs,
        requireSigned: ctx.ges ? ['x-project-id'] : []
      })
      if (!v.ok) return { code: v.code, reason: v.reason }
      if (ctx.ges && h['x-project-id'] !== (ctx.projectId ?? this.o.projectId)) {
        return { code: 'APIG.0301', reason: `X-Project-Id ${h['x-project-id']} does not match the project in the URL` }
      }
      return null
    }
    const token = h['x-auth-token']
    if (token === undefined) return { code: 'APIG.0301', reason: 'neither X-Auth-Token nor Authorization was sent' }
    if (this.o.tokens.includes(token)) return null
    const t = this.issued.get(token)
    if (!t) return { code: 'APIG.0301', reason: 'the token is invalid' }
    // docs/ges-api.md#iam-password-token: an expired token gives APIG.0301, and #errors lists APIG.0307 "the token must be
    // updated" for the same: `iam.expiredTokenCode` picks one (default APIG.0301).
    if (ctx.nowMs >= t.expiresMs) return { code: this.o.expiredTokenCode ?? 'APIG.0301', reason: 'the token expires' }
    if (ctx.ges && t.projectId !== this.o.projectId) {
      return { code: 'APIG.0301', reason: 'the token is not scoped to this project' }
    }
    return null
  }
}
