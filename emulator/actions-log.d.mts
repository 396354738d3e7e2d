// Types for actions-log.mjs, for the TypeScript tests.
export function unescapeData(text: string): string
export function renderActionsLog(output: string, options?: { debug?: boolean }): string
