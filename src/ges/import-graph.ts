import type { ApiCall } from '../http/api-caller.js'
import type { ApiVersion } from '../settings/settings.js'

/**
 * ImportGraph (docs/ges-api.md#starting-an-import-importgraph), the one write the action makes. v1:
 * `POST /v1.0/{project_id}/graphs/{graph_id}/action?action_id=import-graph` → `{"jobId"}`;
 * v2: `POST /v2/{project_id}/graphs/{graph_id}/import-graph` → `{"job_id"}`. Not idempotent:
 * each accepted call starts one more import job.
 */
export function importGraphCall(
  apiVersion: ApiVersion,
  base: string,
  graphId: string,
  body: Record<string, unknown>
): ApiCall {
  const graph = `${base}/graphs/${encodeURIComponent(graphId)}`
  return {
    what: 'Starting the GES import (ImportGraph)',
    method: 'POST',
    ...(apiVersion === 'v1'
      ? { url: `${graph}/action`, query: { action_id: 'import-graph' } }
      : { url: `${graph}/import-graph` }),
    // The AK/SK signature covers these exact bytes (payload hash, docs/ges-api.md#aksk-signing, step 3).
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    body: JSON.stringify(body)
  }
}

/** A job id as GES writes them (hex, or any id the job center lists): no spaces, no separators. */
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/

/**
 * The started job's id from a 200 answer, `jobId` (v1) or `job_id` (v2) whatever the version;
 * undefined when the answer names none, or names two different ones (which job was started is
 * then not known: the caller must assume an import may have started).
 */
export function startedJobId(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined
  const body = json as Record<string, unknown>
  const ids = [body.jobId, body.job_id].filter((id) => id !== undefined && id !== null)
  const read = ids.map((id) => (typeof id === 'string' && JOB_ID.test(id.trim()) ? id.trim() : undefined))
  return read.length > 0 && read.every((id) => id !== undefined && id === read[0]) ? read[0] : undefined
}
