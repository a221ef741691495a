import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { openDatabase } from '../store/database'
import { enrolmentImpression, listedPersonFinger } from '../services/fingerprints/simulation/simulated-prints'
import { runFingerprintsCli } from './fingerprints'

function sink() {
  let text = ''
  return { stream: new Writable({ write: (c, _e, cb) => ((text += String(c)), cb()) }), text: () => text }
}

describe('checkpoint fingerprints', () => {
  it('enrols an image, refuses a corrupt template and explains an empty export', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-fp-cli-'))
    const image = enrolmentImpression(listedPersonFinger('national', 'P-1', 2))
    const png = join(dataDir, 'p1-2.png')
    await sharp(Buffer.from(image.pixels), { raw: { width: image.width, height: image.height, channels: 1 } }).png().toFile(png)
    const out = sink()
    const err = sink()
    expect(await runFingerprintsCli(['enrol', png, '--list', 'national', '--record', 'P-1', '--position', '2', '--data-dir', dataDir], out.stream, err.stream)).toBe(0)
    expect(out.text()).toContain('Enrolled finger 2 for national/P-1')

    const bad = join(dataDir, 'bad.iso')
    writeFileSync(bad, Uint8Array.of(0x46, 0x4d, 0x52, 0, 9, 9))
    expect(await runFingerprintsCli(['enrol', bad, '--list', 'national', '--record', 'P-1', '--position', '7', '--data-dir', dataDir], out.stream, err.stream)).toBe(1)
    expect(err.text()).toContain('cannot be read')

    const db = openDatabase(join(dataDir, 'checkpoint.db'))
    expect(db.prepare('SELECT list_id, record_id, position FROM fingerprint_enrolments').all()).toEqual([{ list_id: 'national', record_id: 'P-1', position: 2 }])
    expect((db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'fingerprint.enrolled'").get() as { n: number }).n).toBe(1)
    db.close()

    expect(await runFingerprintsCli(['export', '--crossing', '1', '--data-dir', dataDir], out.stream, err.stream)).toBe(1)
    expect(err.text()).toContain('no fingerprints to export')
    expect(await runFingerprintsCli(['enrol', png, '--data-dir', dataDir], out.stream, err.stream)).toBe(2)
  })
})
