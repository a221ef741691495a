// `checkpoint lists import|status|search`: exit codes, messages, progress output.
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../electron/cli/main'
import { listsCommandIndex, progressBar } from '../../electron/cli/lists'
import { samplesDir } from './helpers'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'checkpoint-cli-lists-'))
  dirs.push(d)
  return d
}

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const out = { write: (s: string) => ((stdout += s), true) } as unknown as NodeJS.WritableStream
  const err = { write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WritableStream
  const code = await runCli(args, out, err)
  return { code, stdout, stderr }
}

describe('checkpoint lists', () => {
  it('imports, shows the status and searches; exit 0', async () => {
    const dataDir = tempDir()
    const r = await cli(['lists', 'import', join(samplesDir, 'documents.sample.csv'), '--list', 'sltd', '--kind', 'documents', '--format', 'csv', '--version', '2026-11-01', '--name', 'SLTD', '--source', 'Simulated', '--data-dir', dataDir])
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining('Imported sltd version 2026-11-01 (documents, csv): 6 records') })
    const delta = await cli(['--data-dir', dataDir, 'lists', 'import', join(samplesDir, 'documents.delta.sample.csv'), '--list', 'sltd', '--kind', 'documents', '--format', 'delta', '--version', '2026-11-02', '--base', '2026-11-01'])
    expect(delta.stdout).toContain('(delta: 1 added, 1 changed, 1 removed). Version 2026-11-01 retired.')
    const status = await cli(['lists', 'status', '--data-dir', dataDir])
    expect(status.code).toBe(0)
    expect(status.stdout).toMatch(/^sltd\tdocuments\t2026-11-02\t6 records\timported .* by cli:.* \(delta on 2026-11-01\)\tSLTD — Simulated\n$/)
    const json = JSON.parse((await cli(['lists', 'status', '--json', '--data-dir', dataDir])).stdout) as Array<{ listId: string; history: unknown[] }>
    expect(json[0]).toMatchObject({ listId: 'sltd', history: [{ version: '2026-11-01' }] })
    const search = await cli(['lists', 'search', 'C7X9PL22O', '--data-dir', dataDir])
    expect(search).toMatchObject({ code: 0, stdout: 'sltd 2026-11-02\tSLTD-SIM-0002\tdocument number (look-alike characters)\tC7X9PL220 P DEU: Reported stolen (was: lost)\n' })
    expect((await cli(['lists', 'search', 'nobody listed', '--data-dir', dataDir])).stdout).toBe('Nothing listed for "nobody listed".\n')
    expect((await cli(['audit', 'verify', '--data-dir', dataDir])).code).toBe(0)
  })

  it('a failed import exits 1, lists the bad rows and keeps the version in force; --skip-bad-rows imports the rest', async () => {
    const dataDir = tempDir()
    await cli(['lists', 'import', join(samplesDir, 'persons.sample.csv'), '--list', 'wanted', '--kind', 'persons', '--format', 'csv', '--version', 'v1', '--data-dir', dataDir])
    const bad = join(dataDir, 'bad.csv')
    writeFileSync(bad, 'id,name,birth_date,reason\nA,Ann Example,1980-13,x\nB,Bob Example,1981,x\nC,Cy Example,1982,x\nD,Di Example,1983,x\n')
    const r = await cli(['lists', 'import', bad, '--list', 'wanted', '--kind', 'persons', '--format', 'csv', '--version', 'v2', '--data-dir', dataDir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Import of wanted failed; version v1 stays in force:\n  line 2 (A): birth date "1980-13": no month 13\nFix these rows, or import with --skip-bad-rows to leave them out.\n')
    const skipped = await cli(['lists', 'import', bad, '--list', 'wanted', '--kind', 'persons', '--format', 'csv', '--version', 'v2', '--skip-bad-rows', '--data-dir', dataDir])
    expect(skipped.code).toBe(0)
    expect(skipped.stdout).toContain('Skipped 1 bad row(s):\n  line 2 (A): birth date "1980-13": no month 13\n')
  })

  it('usage errors exit 2', async () => {
    const dataDir = tempDir()
    const sample = join(samplesDir, 'documents.sample.csv')
    const cases: string[][] = [
      ['lists', 'import', sample, '--kind', 'documents', '--format', 'csv'],
      ['lists', 'import', sample, '--list', 'x', '--kind', 'cars', '--format', 'csv'],
      ['lists', 'import', sample, '--list', 'x', '--kind', 'documents', '--format', 'xml'],
      ['lists', 'import', sample, '--list', 'Bad Id', '--kind', 'documents', '--format', 'csv'],
      ['lists', 'import', sample, '--list', 'x', '--kind', 'documents', '--format', 'interpol'],
      ['lists', 'import', sample, '--list', 'x', '--kind', 'documents', '--format', 'csv', '--version', 'a/b'],
      ['lists', 'import', sample, '--list', 'x', '--kind', 'documents', '--format', 'csv', '--threshold', '2'],
      ['lists', 'import', join(dataDir, 'missing.csv'), '--list', 'x', '--kind', 'documents', '--format', 'csv'],
      ['lists', 'import', '--list', 'x', '--kind', 'documents', '--format', 'csv'],
      ['lists', 'import', sample, '--list', 'x', '--kind', 'documents', '--format', 'csv', '--frobnicate'],
      ['lists', 'search'],
      ['lists', 'frobnicate'],
    ]
    for (const args of cases) {
      const r = await cli([...args, '--data-dir', dataDir])
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toContain('Usage: checkpoint lists')
    }
  })

  it('status and search on a workstation without lists', async () => {
    const dataDir = tempDir()
    expect(await cli(['lists', 'status', '--data-dir', dataDir])).toMatchObject({ code: 0, stdout: 'No lists imported.\n' })
    expect(await cli(['lists', 'search', 'x', '--data-dir', dataDir])).toMatchObject({ code: 0, stdout: 'No lists imported.\n' })
  })

  it('dispatches `lists` wherever --data-dir sits, and nothing else', () => {
    expect(listsCommandIndex(['lists', 'status'])).toBe(0)
    expect(listsCommandIndex(['--data-dir', '/x', 'lists', 'status'])).toBe(2)
    expect(listsCommandIndex(['users', 'add', '--username', 'lists'])).toBe(-1)
    expect(listsCommandIndex(['--json', 'audit', 'verify'])).toBe(-1)
  })
})

describe('progress on standard error', () => {
  const sink = (isTTY: boolean) => {
    const writes: string[] = []
    return { writes, stream: { isTTY, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WritableStream }
  }
  const at = (elapsedMs: number, rows: number, phase: 'reading' | 'indexing' = 'reading') => ({ phase, bytesRead: rows * 10, totalBytes: 1_000_000, rows, elapsedMs })

  it('a terminal gets one line redrawn with \\r: percent, rows and rows/s', () => {
    const { writes, stream } = sink(true)
    const bar = progressBar(stream)
    bar.update(at(1000, 25_000))
    bar.update(at(2000, 50_000))
    bar.end()
    expect(writes[0]).toBe('\r[######..................]  25.0%  25,000 rows  25,000 rows/s  reading\u001b[K')
    expect(writes[1]).toContain('\r[############............]  50.0%  50,000 rows')
    expect(writes.at(-1)).toBe('\n')
  })

  it('a log file gets a plain line every 5 seconds', () => {
    const { writes, stream } = sink(false)
    const bar = progressBar(stream)
    for (let s = 1; s <= 12; s++) bar.update(at(s * 1000, s * 10_000))
    bar.update(at(13_000, 120_000, 'indexing'))
    bar.end()
    expect(writes).toEqual([' 50.0%  50,000 rows  10,000 rows/s  reading\n', '100.0%  100,000 rows  10,000 rows/s  reading\n', '100.0%  120,000 rows  9,231 rows/s  indexing\n'])
  })
})
