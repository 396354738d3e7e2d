// Preloaded into the action under test (NODE_OPTIONS=--import) by the unreachable-host tests:
// every DNS lookup of a name other than loopback fails at once with ENOTFOUND, as for a `.invalid`
// name (RFC 6761), so those tests send nothing off the machine, not even a DNS query.
import dns from 'node:dns'
import { syncBuiltinESMExports } from 'node:module'

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i
const lookup = dns.lookup

dns.lookup = function lookupLoopbackOnly(hostname, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, {}]
  if (LOOPBACK.test(hostname)) return lookup.call(this, hostname, options, callback)
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname
  })
  process.nextTick(callback, error)
}
syncBuiltinESMExports()
// The tests check for this line: they never run without the preload.
process.stdout.write('::debug::no-dns.mjs loaded\n')
