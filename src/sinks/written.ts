/** Which sinks have reached the runner, so that a forced exit only fills the gaps. */
const written = { status: false, summary: false }

/** The status output or the step summary is out: a forced exit leaves it as it is. */
export function noteWritten(sink: keyof typeof written): void {
  written[sink] = true
}

/** Whether the status output or the step summary is out. */
export function isWritten(sink: keyof typeof written): boolean {
  return written[sink]
}
