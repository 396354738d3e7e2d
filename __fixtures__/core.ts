// ESM mock of @actions/core, in the style of actions/typescript-action's __fixtures__/core.ts.
// Use with: jest.unstable_mockModule('@actions/core', () => core), then import the module under test.
import type * as core from '@actions/core'
import { jest } from '@jest/globals'

export const debug = jest.fn<typeof core.debug>()
export const error = jest.fn<typeof core.error>()
export const info = jest.fn<typeof core.info>()
export const warning = jest.fn<typeof core.warning>()
export const notice = jest.fn<typeof core.notice>()
export const getInput = jest.fn<typeof core.getInput>()
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()

interface SummaryMock {
  addRaw: jest.Mock<(text: string, addEOL?: boolean) => SummaryMock>
  write: jest.Mock<() => Promise<SummaryMock>>
}
export const summary: SummaryMock = {
  addRaw: jest.fn((_text: string, _addEOL?: boolean) => summary),
  write: jest.fn(async () => summary)
}
