/** Adds credentials to requests. One implementation per kind of credentials. */
export interface Authorizer {
  /** `request.headers` plus whatever authenticates the request. */
  authorize(request: OutgoingRequest): Promise<Record<string, string>>
  /**
   * Called after a 401. True when fresh credentials were obtained and one more try is worth it;
   * false means the 401 stands (never retry a bad signature: the key locks after 5).
   */
  renew(): Promise<boolean>
}

export interface OutgoingRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: string
}
