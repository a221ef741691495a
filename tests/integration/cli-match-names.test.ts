import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'

async function cli(args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, { write: (s: string) => ((out += s), true) } as never, { write: (s: string) => ((err += s), true) } as never)
  return { code, out, err }
}

describe('checkpoint match-names', () => {
  it('reports precision, recall and F1 on the labelled pair set, at or above 0.95 each', async () => {
    const r = await cli(['match-names', '--pairs', 'resources/screening/name-pairs.csv'])
    expect(r.code).toBe(0)
    const m = /precision ([\d.]+), recall ([\d.]+), F1 ([\d.]+)/.exec(r.out)!
    expect(Number(m[1])).toBeGreaterThanOrEqual(0.95)
    expect(Number(m[2])).toBeGreaterThanOrEqual(0.95)
  })

  it('scores unlabelled pairs with the reasons, and explains a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checkpoint-pairs-'))
    const file = join(dir, 'pairs.csv')
    writeFileSync(file, 'name1,name2\n"MUELLER, HANS",Hans Müller\n"PETROV, IVAN","IVANOV, PETR"\n')
    const r = await cli(['match-names', '--pairs', file, '--threshold', '0.8'])
    expect(r.code).toBe(0)
    const [, first, second] = r.out.trim().split('\n')
    expect(first).toMatch(/^(0\.9|1\.0)\d*\tmatch/)
    expect(second).toMatch(/^0\.\d+\t-/)
    expect(r.out).not.toContain('precision')
    expect((await cli(['match-names', '--pairs', join(dir, 'missing.csv')])).code).toBe(2)
    expect((await cli(['match-names', '--pairs', file, '--threshold', '7'])).code).toBe(2)
  })
})
