import { run } from './main.js'

// A keep-alive socket or a hung request must not hold the runner after the verdict is out.
await run()
setTimeout(() => process.exit(), 500).unref()
