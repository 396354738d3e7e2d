/**
 * Who wrote a comment, compared the way marocchino/sticky-pull-request-comment does: GitHub
 * spells an app's login `name[bot]` in REST authors and GraphQL `viewer`, but `name` in GraphQL
 * comment authors, so the `[bot]` suffix is dropped on both sides. Logins are case-insensitive.
 */
export function normaliseLogin(login: string): string {
  return login
    .trim()
    .replace(/\[bot\]$/i, '')
    .toLowerCase()
}

/** True only when both logins are known and name the same account. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false
  const left = normaliseLogin(a)
  return left !== '' && left === normaliseLogin(b)
}
