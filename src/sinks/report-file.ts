import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Report } from '../report/report.js'

/** Writes the JSON report; returns the absolute path (relative paths start at the workspace). */
export async function writeReportFile(path: string, report: Report): Promise<string> {
  const absolute = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), path)
  await mkdir(dirname(absolute), { recursive: true })
  await writeFile(absolute, `${JSON.stringify(report, null, 2)}\n`) // a string is written as UTF-8
  return absolute
}
