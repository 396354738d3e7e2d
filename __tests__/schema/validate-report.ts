// Validates a report against the published JSON Schema (docs/report.schema.json, draft 2020-12).
// The e2e helper passes every report a run produced (the `report` output and the report file)
// through it, so that a field the schema does not describe fails loudly.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type Ajv2020Class from 'ajv/dist/2020.js'
import type addFormatsFunction from 'ajv-formats'

// ajv and ajv-formats are CommonJS: loaded through require, which gives their classes directly.
const require = createRequire(import.meta.url)
const Ajv2020 = require('ajv/dist/2020') as typeof Ajv2020Class.default
const addFormats = require('ajv-formats') as typeof addFormatsFunction.default

export const schemaPath = new URL('../../docs/report.schema.json', import.meta.url)
export const reportSchema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>

let compiled: ValidateFunction | undefined

/** The compiled schema: strict mode, every error collected, formats (date-time) checked. */
export function reportValidator(): ValidateFunction {
  if (compiled) return compiled
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  addFormats(ajv)
  const validate = ajv.compile(reportSchema)
  compiled = validate
  return validate
}

/** The schema violations of `report`, one line each ('' when it conforms). */
export function schemaErrors(report: unknown): string[] {
  const validate = reportValidator()
  if (validate(report)) return []
  return (validate.errors ?? []).map(describe)
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath
  return `${where} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`
}
