// What the rest of the application needs from a fingerprint engine. The built-in engine implements
// it; a certified vendor engine (an SDK adapter or a SourceAFIS sidecar) can replace it by
// configuration, because nothing outside this folder depends on the built-in one's internals.
import type { FingerPosition } from '../../../../shared/fingerprints/finger-positions'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import type { Template } from './template'

export interface FingerprintEngine {
  readonly name: string
  readonly version: string
  extract(image: GreyImage): Template
  /** Similarity ≈ 10·−log10(FMR): 40 ≈ one false match in 10,000 comparisons. */
  compare(probe: Template, candidate: Template): number
  /** A portable record (ISO/IEC 19794-2:2005 for the built-in engine). */
  exportTemplate(template: Template, fingerPosition: FingerPosition): Uint8Array
  /** Throws TemplateFormatError for a record it cannot read. */
  importTemplate(bytes: Uint8Array): Template
}
