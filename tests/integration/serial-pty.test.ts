// The serial driver through a real Linux pseudo-terminal pair (socat), with
// node-serialport's native binding: the path a real USB-serial reader takes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, openSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SerialTextReader, serialTextReaderConfigSchema } from '../../drivers/document-reader/serial-text-reader'
import { osSerialBinding } from '../../drivers/transports/os-serial'
import { silentLogger, type DocumentReaderEvent } from '../../drivers/core/driver'
import type { DeviceError } from '../../drivers/core/device-error'
import { until as waitFor } from '../support/wait'

const hasSocat = process.platform === 'linux' && spawnSync('socat', ['-V']).status === 0
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']


let socat: ChildProcess | null = null
afterEach(() => {
  socat?.kill('SIGKILL')
  socat = null
})

async function ptyPair(): Promise<{ host: string; device: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'checkpoint-pty-'))
  const host = join(dir, 'host')
  const device = join(dir, 'device')
  socat = spawn('socat', [`pty,raw,echo=0,link=${host}`, `pty,raw,echo=0,link=${device}`], { stdio: 'ignore' })
  await waitFor(() => (existsSync(host) && existsSync(device) ? true : undefined))
  return { host, device }
}

describe.skipIf(!hasSocat)('serial reader over a real pseudo-terminal (socat)', () => {
  it('reads an MRZ written on the other end of the tty, and reports the tty vanishing', async () => {
    const { host, device } = await ptyPair()
    const reader = new SerialTextReader(serialTextReaderConfigSchema.parse({ path: host }), osSerialBinding(), silentLogger, Date.now)
    const readings: DocumentReaderEvent[] = []
    const problems: DeviceError[] = []
    reader.on('reading', (r) => readings.push(r))
    reader.on('problem', (p) => problems.push(p))
    await reader.open()

    const fd = openSync(device, 'w')
    writeSync(fd, TD3.map((l) => `${l}\r\n`).join(''))
    const r = await waitFor(() => readings[0])
    expect(r).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
    closeSync(fd)

    socat!.kill('SIGKILL') // the reader's cable is pulled
    const problem = await waitFor(() => problems[0])
    expect(problem.kind).toBe('needs-operator')
    await reader.close()
  })

  it('says the reader is not connected when the port does not exist', async () => {
    const reader = new SerialTextReader(serialTextReaderConfigSchema.parse({ path: '/dev/ttyCHECKPOINT-NONE' }), osSerialBinding(), silentLogger, Date.now)
    await expect(reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'reader-not-connected' })
  })
})
