// Types for runtime-notice.mjs, for the TypeScript tests.
export default function sayWhichNode(globalConfig: unknown, projectConfig: unknown, notice?: string): string | undefined
