// ncc emits an ES module; Node reads dist/index.js as one only with this file beside it.
import { writeFileSync } from 'node:fs'
writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n')
