// src/version.ts (sent in the User-Agent) follows package.json's version; script/release bumps both.
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { VERSION } from '../src/version.js'

it("VERSION equals package.json's version", () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  expect(VERSION).toBe(pkg.version)
})
