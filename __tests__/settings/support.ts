// Shared by the settings tests (one file per module of src/settings): @actions/core mocked,
// getSettings run on a map of inputs, and InputError checked for shape.
import { beforeEach, expect, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import * as core from '../../__fixtures__/core.js'

// ESM: the mock must be registered before the module under test is imported.
jest.unstable_mockModule('@actions/core', () => core)
export const { getSettings } = await import('../../src/settings/input-helper.js')
export const { InputError } = await import('../../src/settings/input-error.js')
export { core }
export type Env = Record<string, string | undefined>
export type Settings = ReturnType<typeof getSettings>

export const NOW = Date.UTC(2026, 10, 28, 12, 0, 0)
export const HOUR = 3_600_000

/** The defaults the runner passes for inputs a workflow leaves out. */
export const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(
    (
      parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
        inputs: Record<string, { default?: unknown }>
      }
    ).inputs
  ).map(([name, spec]) => [name, spec.default === undefined ? '' : String(spec.default as string | boolean | number)])
)

export const TOKEN_AUTH = { region: 'cn-north-4', token: 'gAAAAA-token', 'project-id': 'p1' }

export function settingsOf(inputs: Record<string, string>, env: Env = {}, now = NOW): Settings {
  return getSettings((name) => inputs[name] ?? '', env, now)
}

/** Runs getSettings expecting an InputError about `input`, and checks the message shape. */
export function inputError(input: string, inputs: Record<string, string>, env: Env = {}, now = NOW): string {
  let thrown: unknown
  try {
    settingsOf(inputs, env, now)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(InputError)
  const error = thrown as InstanceType<typeof InputError>
  expect(error.input).toBe(input)
  expect(error.message.startsWith(`Input "${input}" `)).toBe(true)
  expect(error.message).toMatch(/\. Example: \S/)
  return error.message
}

beforeEach(() => {
  core.setSecret.mockReset()
  core.warning.mockReset()
})
