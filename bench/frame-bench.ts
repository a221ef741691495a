// Frame decoding of a noisy serial byte stream: valid MRZs, line noise and
// cut-off reads interleaved, fed to the detector in 64-byte chunks as a serial
// port delivers them.
import { performance } from 'node:perf_hooks'
import { MrzFrameDetector } from '../drivers/document-reader/mrz-frame-detector'

const TD3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\rL898902C36UTO7408122F1204159ZE184226B<<<<<10\r'
const TD1 = 'I<UTOD231458907<<<<<<<<<<<<<<<\r7408122F1204159UTO<<<<<<<<<<<6\rERIKSSON<<ANNA<MARIA<<<<<<<<<<\r'

function noisyStream(targetBytes: number): Uint8Array {
  const parts: Uint8Array[] = []
  let size = 0
  let x = 12345
  const rand = () => ((x = (x * 1103515245 + 12345) >>> 0), x)
  while (size < targetBytes) {
    const r = rand() % 10
    let chunk: Uint8Array
    if (r < 5) chunk = new TextEncoder().encode(r % 2 ? TD3 : TD1)
    else if (r < 8) chunk = Uint8Array.from({ length: 20 + (rand() % 60) }, () => rand() & 0xff)
    else chunk = new TextEncoder().encode(TD3.slice(0, 30 + (rand() % 40)) + '\r')
    parts.push(chunk)
    size += chunk.length
  }
  const out = new Uint8Array(size)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

export function frameBench(): Record<string, { value: number; unit: string }> {
  const stream = noisyStream(8 * 2 ** 20)
  let t = 0
  // A clock that advances with the stream, so the duplicate filter sees reads seconds apart.
  const detector = new MrzFrameDetector({ now: () => (t += 3000) })
  let documents = 0
  const started = performance.now()
  for (let i = 0; i < stream.length; i += 64) {
    for (const e of detector.push(stream.subarray(i, i + 64))) if (e.type === 'document') documents++
  }
  for (const e of detector.flush()) if (e.type === 'document') documents++
  const seconds = (performance.now() - started) / 1000
  return {
    frame_decoding_throughput: { value: Math.round((stream.length / 2 ** 20 / seconds) * 100) / 100, unit: 'MiB/s' },
    frame_decoding_documents_found: { value: documents, unit: 'documents' },
  }
}
