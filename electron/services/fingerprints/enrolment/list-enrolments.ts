// Prints enrolled for persons on alert lists. List files carry no prints, so
// they live in the workstation database keyed by list id + record id. Each
// enrolment is checked (the template must read back) and audited in the same
// transaction; a corrupt template is refused, never stored.
import type { AuditLog } from '../../audit/audit-log'
import type { FingerprintEngine } from '../engine/fingerprint-engine'
import type { FingerprintRepository } from '../fingerprint-repository'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import type { FingerPosition } from '../../../../shared/fingerprints/finger-positions'

export class EnrolmentError extends Error {
  override readonly name = 'EnrolmentError'
}

export interface EnrolmentTarget {
  listId: string
  recordId: string
  /** 1–10 (0 = unknown finger). */
  position: number
  /** Where the print came from: an agency's file name, "simulation" … */
  source: string
  actor: string
}

export class ListEnrolments {
  private version = 0

  constructor(
    private readonly deps: { audit: AuditLog; repo: FingerprintRepository; engine: FingerprintEngine; now: () => Date; onChange?: () => void },
  ) {}

  /** Bumped by every enrolment: a search gallery built on an older version is stale. */
  get changes(): number {
    return this.version
  }

  /** An ISO/IEC 19794-2 record from another system. */
  enrolTemplate(target: EnrolmentTarget, bytes: Uint8Array): void {
    checkTarget(target)
    try {
      this.deps.engine.importTemplate(bytes)
    } catch (err) {
      throw new EnrolmentError(`The template for ${target.listId}/${target.recordId} finger ${target.position} cannot be read: ${err instanceof Error ? err.message : String(err)}`)
    }
    this.store(target, bytes)
  }

  /** A print image: the engine extracts the template that is stored. */
  enrolImage(target: EnrolmentTarget, image: GreyImage): void {
    checkTarget(target)
    const template = this.deps.engine.extract(image)
    if (template.minutiae.length < 5) throw new EnrolmentError(`The print for ${target.listId}/${target.recordId} finger ${target.position} has too few minutiae (${template.minutiae.length}) to enrol.`)
    this.store(target, this.deps.engine.exportTemplate(template, target.position as FingerPosition))
  }

  private store(target: EnrolmentTarget, template: Uint8Array): void {
    const at = this.deps.now().toISOString()
    this.deps.audit.transaction(() => {
      this.deps.repo.upsertEnrolment({ listId: target.listId, recordId: target.recordId, position: target.position, template, source: target.source, by: target.actor, at })
      this.deps.audit.append({
        actor: target.actor,
        action: 'fingerprint.enrolled',
        subject: `list:${target.listId}/${target.recordId}`,
        details: { position: target.position, source: target.source, templateBytes: template.length },
      })
    })
    this.version++
    this.deps.onChange?.()
  }
}

function checkTarget(t: EnrolmentTarget): void {
  if (!t.listId.trim() || !t.recordId.trim()) throw new EnrolmentError('An enrolment needs a list id and a record id.')
  if (!Number.isInteger(t.position) || t.position < 0 || t.position > 10) throw new EnrolmentError(`Finger position must be 0–10, got ${t.position}.`)
}
