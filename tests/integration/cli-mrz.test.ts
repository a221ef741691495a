import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']

async function mrz(args: string[], stdin = '') {
  let out = ''
  let err = ''
  const code = await runCli(['mrz', ...args], { write: (s: string) => ((out += s), true) } as never, { write: (s: string) => ((err += s), true) } as never, Readable.from([stdin]))
  return { code, report: out ? JSON.parse(out) : null, err }
}

describe('checkpoint mrz', () => {
  it('prints the field report for lines given as one argument separated by /', async () => {
    const r = await mrz([TD3.join('/')])
    expect(r.code).toBe(0)
    expect(r.report).toMatchObject({ format: 'TD3', valid: true, summary: { documentNumber: 'L898902C3', surname: 'ERIKSSON', birthDate: '1974-08-12' } })
    const number = r.report.fields.find((f: { name: string }) => f.name === 'documentNumber')
    expect(number).toMatchObject({ value: 'L898902C3', valid: true, checkDigit: { expected: '6', actual: '6', valid: true } })
    expect(number.positions[0]).toEqual({ line: 1, column: 0 })
    expect(r.report.findings.map((f: { code: string }) => f.code)).toContain('specimen-document')
    expect(r.report.ocrRisks.length).toBeGreaterThan(0)
  })

  it('reads standard input, reports corrections, and exits 1 on an invalid MRZ', async () => {
    const slipped = [TD3[0], TD3[1]!.slice(0, 13) + '74O8122' + TD3[1]!.slice(20)]
    const corrected = await mrz([], slipped.join('\n'))
    expect(corrected.code).toBe(0)
    expect(corrected.report.corrections).toEqual([expect.objectContaining({ field: 'birthDate', original: 'O', corrected: '0' })])

    const bad = await mrz([TD3[0]!, TD3[1]!.replace('L898902C36', 'L898902C37')])
    expect(bad.code).toBe(1)
    expect(bad.report.valid).toBe(false)
    expect(bad.report.issues[0]).toMatchObject({ code: 'check-digit-mismatch', expected: '6', actual: '7' })
  })

  it('explains a missing input', async () => {
    expect(await mrz([], '')).toMatchObject({ code: 2, err: expect.stringContaining('MRZ lines') })
  })
})
