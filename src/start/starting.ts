// What starting the import needs, in one chunk loaded only when import-* inputs are set.
export { followStarted, notStartedOutcome } from './follow-started.js'
export { startImport } from './start-import.js'
