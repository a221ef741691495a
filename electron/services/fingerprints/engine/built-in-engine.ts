// The built-in engine: our extractor and matcher behind the FingerprintEngine interface, exchanging
// ISO/IEC 19794-2:2005 records. Prepared templates are cached per template object so repeated
// comparisons (a probe against a gallery) pay the preparation once.
import { compare } from './compare-templates'
import { extractMinutiae } from './extract-minutiae'
import type { FingerprintEngine } from './fingerprint-engine'
import { fromIso19794_2, toIso19794_2 } from './iso-19794-2'
import { prepareTemplate, type PreparedTemplate } from './prepared-template'
import type { Template } from './template'

export const builtInEngineName = 'checkpoint-minutiae'
export const builtInEngineVersion = '1.0.0'

export function createBuiltInEngine(): FingerprintEngine {
  const prepared = new WeakMap<Template, PreparedTemplate>()
  const prepare = (template: Template): PreparedTemplate => {
    let p = prepared.get(template)
    if (!p) {
      p = prepareTemplate(template)
      prepared.set(template, p)
    }
    return p
  }
  return {
    name: builtInEngineName,
    version: builtInEngineVersion,
    extract: extractMinutiae,
    compare: (probe, candidate) => compare(prepare(probe), prepare(candidate)),
    exportTemplate: toIso19794_2,
    importTemplate: fromIso19794_2,
  }
}
