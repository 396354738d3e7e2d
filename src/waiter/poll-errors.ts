import { ApiError } from '../http/api-error.js'

/** The errors of one poll: every answer that came back is applied, then the worst one is thrown. */
export type PollErrors = ApiError[]

/** Poll results are ApiErrors; cancellation and programming errors pass through. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  throw error
}

// A rejected key must stop the wait even when another graph's request merely timed out in the
// same poll: retrying AK/SK signatures locks the key after five failures (docs/ges-api.md#errors).
const SERIOUSNESS: Record<ApiError['kind'], number> = { permanent: 3, auth: 3, throttled: 2, transient: 1 }

export function mostSerious(errors: PollErrors): ApiError {
  return errors.reduce((worst, error) => (SERIOUSNESS[error.kind] > SERIOUSNESS[worst.kind] ? error : worst))
}
