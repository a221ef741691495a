import { beforeAll, describe, expect, it } from 'vitest'
import { fingerPositions } from '../../../../shared/fingerprints/finger-positions'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import { builtInEngineName, createBuiltInEngine } from './built-in-engine'
import type { FingerprintEngine } from './fingerprint-engine'
import { DEFAULT_VERIFICATION_THRESHOLD } from './fpir-threshold'
import { TemplateFormatError } from './template-format-error'
import { loadNistPrint, transformImage } from './test-prints'

let loop: GreyImage
let whorl: GreyImage
beforeAll(async () => {
  loop = await loadNistPrint('loop-right')
  whorl = await loadNistPrint('whorl')
})

describe('the built-in FingerprintEngine', () => {
  const engine: FingerprintEngine = createBuiltInEngine()

  it('names itself and its version, so stored templates say which engine made them', () => {
    expect(engine.name).toBe(builtInEngineName)
    expect(engine.version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('verifies the same finger and rejects another one', () => {
    const enrolled = engine.extract(loop)
    const again = engine.extract(transformImage(loop, 90, 0, 0, { width: 260, height: 260 }))
    expect(engine.compare(enrolled, again)).toBeGreaterThan(DEFAULT_VERIFICATION_THRESHOLD)
    expect(engine.compare(enrolled, engine.extract(whorl))).toBeLessThan(DEFAULT_VERIFICATION_THRESHOLD)
  })

  it('matches a template after an ISO/IEC 19794-2 export and import as well as before', () => {
    const enrolled = engine.extract(loop)
    const imported = engine.importTemplate(engine.exportTemplate(enrolled, fingerPositions.rightIndex))
    expect(imported.minutiae).toHaveLength(enrolled.minutiae.length)
    expect(engine.compare(imported, enrolled)).toBeGreaterThan(engine.compare(enrolled, enrolled) * 0.8)
  })

  it('refuses a corrupt template with TemplateFormatError', () => {
    expect(() => engine.importTemplate(new Uint8Array([1, 2, 3]))).toThrow(TemplateFormatError)
  })
})
