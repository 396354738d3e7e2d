// What starting the import needs, in one chunk loaded only when import-* inputs are set.
export { startImport } from './start-import.js'
