// Types for runtime-node.mjs, for the TypeScript tests.
export function runtimeMajor(): number
export function cachedNodePath(major?: number): string
export function actionNode(): { path: string; major: number; exact: boolean }
export function runtimeNotice(
  node?: { path: string; major: number; exact: boolean },
  version?: string
): string | undefined
