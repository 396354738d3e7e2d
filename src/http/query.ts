/** Query strings as the wire carries them and as the AK/SK signer signs them: one encoder for both. */

/** RFC 3986 percent-encoding: only A-Z a-z 0-9 - _ . ~ stay; hex is uppercase. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * The query string as sent on the wire and as signed: sorted by raw name, then raw value,
 * and only then encoded — the official SDK signers sort before encoding, and the order
 * differs for names such as `é` or `^`.
 */
export function canonicalQuery(query: Iterable<[string, string]>): string {
  return [...query]
    .sort(([ak, av], [bk, bv]) => (ak === bk ? compare(av, bv) : compare(ak, bk)))
    .map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)
    .join('&')
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
