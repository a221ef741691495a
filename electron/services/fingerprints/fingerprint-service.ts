// The fingerprint step of the current traveller's crossing, on the main side:
// the capture plan (capture-plan.ts), arming the pad for the next finger,
// the quality gate on every image, a prompt back to the officer when a
// capture is unusable, retry, and override of a failed quality with a reason.
// Accepted fingers are stored (quality, ISO 19794-2 template, PNG image,
// position, device, who, when) in one transaction with their audit entries;
// once the plan is complete the 1:N search runs and raises candidates.
//
// Nothing is stored from an incomplete transfer, a slap whose fingers cannot
// all be found, or a pad unplugged mid-capture: those are prompts. Raw images
// never reach the log or the audit trail.
import { EventEmitter } from 'node:events'
import type { Logger } from '../../../drivers/core/driver'
import { isDeviceError } from '../../../drivers/core/device-error'
import type { FingerprintPad, FingerprintCaptureOutcome } from '../../../drivers/fingerprint/fingerprint-events'
import type { GreyImage } from '../../../shared/fingerprints/grey-image'
import type { FingerPosition } from '../../../shared/fingerprints/finger-positions'
import type {
  CapturePlanKind,
  CapturePromptCode,
  CaptureStep,
  FingerprintSnapshot,
  FingerQualityView,
  PadTestResult,
  StoredCaptureView,
} from '../../../shared/domain/fingerprints'
import type { AuditLog } from '../audit/audit-log'
import type { FingerprintEngine } from './engine/fingerprint-engine'
import { assessQuality, type QualityReport } from './quality'
import { capturePlan, nextStepIndex } from './capture/capture-plan'
import { segmentSlap } from './capture/slap-segmentation'
import { greyToPng, pngPreviewDataUrl, previewDataUrl } from './capture/png-image'
import type { FingerprintRepository } from './fingerprint-repository'
import type { WatchlistSearch } from './search/watchlist-search'

export class FingerprintError extends Error {
  constructor(
    readonly code: 'conflict' | 'not-found' | 'unavailable',
    message: string,
  ) {
    super(message)
  }
}

/** How the service reaches the pad: the first fingerprint device, if it is open. */
export interface PadAccess {
  pad(): { deviceId: string; pad: FingerprintPad | null } | null
}

/** The crossing the inspection is on, and whether it still takes captures (not yet decided). */
export interface CrossingView {
  crossingId: number | null
  open: boolean
  /** The officer's decision once made: a referral takes the confirmed fingerprint hits to second line. */
  decision?: { decision: string; by: string } | null
}

interface AttemptFinger {
  position: number
  image: GreyImage
  quality: QualityReport
  preview: string | null
}

interface Attempt {
  step: CaptureStep
  deviceId: string
  fingers: AttemptFinger[]
  attemptNumber: number
}

const NO_SEARCH: FingerprintSnapshot['search'] = { status: 'not-started', galleryFingers: 0, targetFpir: 0.001, threshold: null, message: null }

export interface FingerprintServiceDeps {
  audit: AuditLog
  repo: FingerprintRepository
  engine: FingerprintEngine
  search: WatchlistSearch
  pads: PadAccess
  log: Logger
  now?: () => Date
  primaryFingers?: readonly number[]
  /**
   * Work the search needs done first (simulated mode: enrolling the sample wanted persons'
   * synthetic prints). Started when the first capture is armed, awaited before a search, so a
   * workstation whose pad is never used never pays for it.
   */
  warmUp?: () => Promise<unknown>
}

export class FingerprintService extends EventEmitter<{ changed: [FingerprintSnapshot] }> {
  private crossing: CrossingView = { crossingId: null, open: false }
  /** Bumped whenever the crossing changes: outcomes of an older crossing's capture are dropped. */
  private generation = 0
  private planKind: CapturePlanKind = 'primary-line'
  private awaiting: { step: CaptureStep; deviceId: string; actor: string } | null = null
  /**
   * The pad request still outstanding. Pads cannot cancel a request, so one left over from a
   * crossing that moved on is adopted by the next capture of the same mode rather than refused.
   */
  private inFlight: { mode: CaptureStep['mode'] } | null = null
  private testing = false
  private prompt: FingerprintSnapshot['prompt'] = null
  private attempt: Attempt | null = null
  private readonly attempts = new Map<number, number>()
  private captures: StoredCaptureView[] = []
  private searchState: FingerprintSnapshot['search'] = { ...NO_SEARCH }
  private readonly previews = new Map<number, string>()
  private readonly now: () => Date
  private snapshotCache: FingerprintSnapshot | null = null

  constructor(private readonly deps: FingerprintServiceDeps) {
    super()
    this.now = deps.now ?? (() => new Date())
    this.searchState.targetFpir = deps.search.targetFpir
  }

  // ---- What the renderer sees ----------------------------------------------------

  snapshot(): FingerprintSnapshot {
    if (this.snapshotCache) return this.snapshotCache
    const steps = this.steps()
    const captured = new Set(this.captures.map((c) => c.position))
    const next = this.crossing.crossingId === null ? null : nextStepIndex(steps, captured)
    const padInfo = this.deps.pads.pad()
    this.snapshotCache = {
      crossingId: this.crossing.crossingId,
      open: this.crossing.crossingId !== null && this.crossing.open,
      deviceId: padInfo?.deviceId ?? null,
      padOnline: !!padInfo?.pad,
      plan: this.planKind,
      steps,
      nextStep: next,
      awaiting: this.awaiting?.step ?? null,
      prompt: this.prompt,
      attempt: this.attempt
        ? { step: this.attempt.step, attemptNumber: this.attempt.attemptNumber, fingers: this.attempt.fingers.map((f) => qualityView(f.position, f.quality, f.preview)) }
        : null,
      captures: this.captures,
      search: this.searchState,
      candidates: this.crossing.crossingId === null ? [] : this.deps.repo.candidatesFor(this.crossing.crossingId),
    }
    return this.snapshotCache
  }

  /** The step the pad is armed for (the simulator renders a finger or a slap for it). */
  armedStep(): CaptureStep | null {
    if (this.awaiting) return this.awaiting.step
    return this.testing ? { position: 2, mode: 'single', fingers: [2] } : null
  }

  // ---- The crossing ---------------------------------------------------------------

  /** The inspection moved on: a new crossing starts an empty capture; a decision closes it. */
  crossingChanged(view: CrossingView): void {
    if (view.crossingId === this.crossing.crossingId) {
      if (view.open !== this.crossing.open) {
        this.crossing = view
        if (!view.open) {
          // Decided: whatever the pad still delivers for this crossing is not stored.
          this.generation++
          this.awaiting = null
          this.attempt = null
          if (view.decision?.decision === 'refer' && view.crossingId !== null) this.referConfirmed(view.crossingId, view.decision.by)
        }
        this.publish()
      }
      return
    }
    this.generation++
    this.crossing = view
    this.awaiting = null
    this.attempt = null
    this.prompt = null
    this.attempts.clear()
    this.captures = [] // never show the previous traveller's fingers under the new crossing, even for a moment
    this.planKind = 'primary-line'
    this.searchState = { ...NO_SEARCH, targetFpir: this.deps.search.targetFpir }
    this.publish()
    // A crossing reopened after a restart may already hold captures.
    void this.reloadCaptures().then(() => this.publish())
  }

  /** Device status changed (the pad went offline or came back). */
  padsChanged(): void {
    this.publish()
  }

  // ---- Officer commands -----------------------------------------------------------

  setPlan(kind: CapturePlanKind): FingerprintSnapshot {
    if (this.awaiting) throw new FingerprintError('conflict', 'The pad is waiting for a finger: finish or cancel that capture first.')
    this.planKind = kind
    this.attempt = null
    this.prompt = null
    return this.publish()
  }

  /** Arms the pad for the next finger (or slap) of the plan. */
  capture(actor: string): FingerprintSnapshot {
    this.requireOpenCrossing()
    if (this.awaiting) return this.snapshot()
    if (this.attempt) throw new FingerprintError('conflict', 'The last capture failed the quality check: retry it or accept it with a reason.')
    const next = this.snapshot().nextStep
    if (next === null) throw new FingerprintError('conflict', 'Every finger of the plan has been captured.')
    return this.arm(this.steps()[next]!, actor)
  }

  /** Discards a failed attempt (or a prompt) and asks for the same finger again. */
  retry(actor: string): FingerprintSnapshot {
    this.requireOpenCrossing()
    if (this.awaiting) return this.snapshot()
    const step = this.attempt?.step ?? this.currentStep()
    if (!step) throw new FingerprintError('conflict', 'Every finger of the plan has been captured.')
    this.attempt = null
    return this.arm(step, actor)
  }

  /** Accepts the failed attempt as it is, with the officer's reason (audited). */
  async override(reason: string, actor: string): Promise<FingerprintSnapshot> {
    this.requireOpenCrossing()
    const attempt = this.attempt
    if (!attempt) throw new FingerprintError('conflict', 'There is no failed capture to accept.')
    this.attempt = null // taken: a second click cannot store it twice
    await this.commit(attempt, reason, actor, this.generation)
    return this.snapshot()
  }

  resolveCandidate(candidateId: number, action: 'confirm' | 'dismiss', reason: string | undefined, actor: string): FingerprintSnapshot {
    const c = this.deps.repo.candidate(candidateId)
    if (!c || c.crossingId !== this.crossing.crossingId) throw new FingerprintError('not-found', `Fingerprint candidate ${candidateId} is not part of the current crossing.`)
    if (c.status !== 'candidate') throw new FingerprintError('conflict', `Fingerprint candidate ${candidateId} was already ${c.status}.`)
    const at = this.now().toISOString()
    this.deps.audit.transaction(() => {
      const status = action === 'confirm' ? 'confirmed' : 'dismissed'
      this.deps.repo.setCandidateStatus(candidateId, status, actor, at, action === 'dismiss' ? (reason ?? null) : null)
      this.deps.audit.append({
        actor,
        action: `fingerprint.candidate-${status}`,
        subject: `fingerprint-candidate:${candidateId}`,
        details: { crossing: c.crossingId, list: c.listId, listVersion: c.listVersion, record: c.recordId, score: c.score, ...(action === 'dismiss' ? { reason } : {}) },
      })
    })
    return this.publish()
  }

  private referConfirmed(crossingId: number, actor: string): void {
    const at = this.now().toISOString()
    this.deps.audit.transaction(() => {
      for (const id of this.deps.repo.referConfirmed(crossingId, actor, at)) {
        this.deps.audit.append({ actor, action: 'fingerprint.candidate-referred', subject: `fingerprint-candidate:${id}`, details: { crossing: crossingId, to: 'second-line' } })
      }
    })
  }

  /** Runs the 1:N search again (e.g. after a recapture or a list update). */
  async search(actor: string): Promise<FingerprintSnapshot> {
    if (this.crossing.crossingId === null) throw new FingerprintError('conflict', 'Read the traveller\u2019s document first.')
    if (this.captures.length === 0) throw new FingerprintError('conflict', 'Capture at least one finger first.')
    await this.runSearch(actor, this.generation)
    return this.snapshot()
  }

  // ---- Technician --------------------------------------------------------------------

  /** One capture from the pad with its quality measures; nothing is stored, the test is audited. */
  async testCapture(actor: string): Promise<PadTestResult> {
    const info = this.deps.pads.pad()
    if (!info?.pad) throw new FingerprintError('unavailable', info ? `The fingerprint pad ${info.deviceId} is offline.` : 'No fingerprint pad is configured.')
    if (this.awaiting || this.testing || this.inFlight) throw new FingerprintError('conflict', 'The pad is busy with a capture.')
    this.testing = true
    let result: PadTestResult
    try {
      const outcome = await info.pad.capture(2 as FingerPosition, 'single')
      if (outcome.type === 'capture') {
        const quality = assessQuality(outcome.image)
        result = {
          deviceId: info.deviceId,
          outcome: 'capture',
          detail: null,
          width: outcome.image.width,
          height: outcome.image.height,
          quality: qualityView(outcome.position, quality, await previewDataUrl(outcome.image, 200)),
          measures: quality.measures,
        }
      } else {
        result = { deviceId: info.deviceId, outcome: outcome.type, detail: outcome.type === 'prompt' ? outcome.prompt : [outcome.reason, outcome.detail].filter(Boolean).join(': '), width: null, height: null, quality: null, measures: {} }
      }
    } catch (err) {
      result = { deviceId: info.deviceId, outcome: 'error', detail: err instanceof Error ? err.message : String(err), width: null, height: null, quality: null, measures: {} }
    } finally {
      this.testing = false
    }
    this.deps.audit.transaction(() =>
      this.deps.audit.append({ actor, action: 'fingerprint.pad-tested', subject: `device:${info.deviceId}`, details: { outcome: result.outcome, detail: result.detail, score: result.quality?.score ?? null, feedback: result.quality?.feedback ?? null } }),
    )
    return result
  }

  // ---- The capture itself ------------------------------------------------------------------

  private arm(step: CaptureStep, actor: string): FingerprintSnapshot {
    const info = this.deps.pads.pad()
    if (!info?.pad) {
      this.prompt = { code: 'no-pad', feedback: null, at: this.now().toISOString() }
      return this.publish()
    }
    this.awaiting = { step, deviceId: info.deviceId, actor }
    this.prompt = { code: 'place-finger', feedback: null, at: this.now().toISOString() }
    void this.deps.warmUp?.().catch(() => undefined) // its failure is reported by the search that awaits it
    if (!this.inFlight) this.request(info.pad, step)
    return this.publish()
  }

  private request(pad: FingerprintPad, step: CaptureStep): void {
    const mode = step.mode
    this.inFlight = { mode }
    pad.capture(step.position as FingerPosition, mode).then(
      (outcome) => {
        this.inFlight = null
        // A leftover request of the other mode (a slap asked for an earlier traveller) cannot
        // serve the step awaited now: ask the pad again for the right one.
        if (this.awaiting && this.awaiting.step.mode !== mode) return this.request(pad, this.awaiting.step)
        void this.onOutcome(outcome)
      },
      (err: unknown) => {
        this.inFlight = null
        this.onPadFailure(err)
      },
    )
  }

  /** The pad answered: it belongs to whatever step is awaited now (nothing awaited: dropped). */
  private async onOutcome(outcome: FingerprintCaptureOutcome): Promise<void> {
    const awaited = this.awaiting
    if (!awaited) return
    this.awaiting = null
    const { step, deviceId, actor } = awaited
    const generation = this.generation
    try {
      if (outcome.type === 'prompt') return this.tell(outcome.prompt, null)
      if (outcome.type === 'incomplete') {
        this.auditFailure(actor, step, deviceId, { reason: outcome.reason, detail: outcome.detail ?? null })
        return this.tell('bad-image', null)
      }
      let fingers: Array<{ position: number; image: GreyImage }>
      if (step.mode === 'slap') {
        const segmented = segmentSlap(outcome.image, step.position)
        if (!segmented.ok) {
          this.auditFailure(actor, step, deviceId, { reason: 'slap-incomplete', found: segmented.found, expected: segmented.expected })
          return this.tell('slap-incomplete', null)
        }
        fingers = segmented.fingers
      } else {
        fingers = [{ position: step.position, image: outcome.image }]
      }
      const attemptNumber = (this.attempts.get(step.position) ?? 0) + 1
      this.attempts.set(step.position, attemptNumber)
      const assessed: AttemptFinger[] = []
      for (const f of fingers) assessed.push({ position: f.position, image: f.image, quality: assessQuality(f.image), preview: await previewDataUrl(f.image) })
      if (generation !== this.generation) return
      const attempt: Attempt = { step, deviceId, fingers: assessed, attemptNumber }
      const failed = assessed.filter((f) => !f.quality.acceptable)
      if (failed.length === 0) {
        await this.commit(attempt, null, actor, generation)
        return
      }
      this.attempt = attempt
      this.deps.audit.transaction(() =>
        this.deps.audit.append({
          actor,
          action: 'fingerprint.quality-failed',
          subject: `crossing:${this.crossing.crossingId}`,
          details: { step: step.position, device: deviceId, attempt: attemptNumber, fingers: assessed.map((f) => ({ position: f.position, score: f.quality.score, feedback: f.quality.feedback })) },
        }),
      )
      this.tell('quality-failed', failed[0]!.quality.feedback)
    } catch (err) {
      this.deps.log.error('fingerprint capture could not be processed', { step: step.position, device: deviceId, error: err instanceof Error ? err.message : String(err) })
      this.tell('bad-image', null)
    }
  }

  private onPadFailure(err: unknown): void {
    const awaited = this.awaiting
    if (!awaited) return
    this.awaiting = null
    const { step, deviceId, actor } = awaited
    const code = isDeviceError(err) ? err.code : 'unexpected'
    this.auditFailure(actor, step, deviceId, { reason: 'device', code })
    this.tell(isDeviceError(err) && err.kind === 'needs-operator' ? 'pad-disconnected' : 'pad-error', null)
  }

  /** Stores every finger of the attempt, or none of them. */
  private async commit(attempt: Attempt, overrideReason: string | null, actor: string, generation: number): Promise<void> {
    const crossingId = this.crossing.crossingId
    if (crossingId === null) return
    const prepared: Array<{ f: AttemptFinger; iso: Uint8Array; png: Uint8Array }> = []
    try {
      for (const f of attempt.fingers) {
        const template = this.deps.engine.extract(f.image)
        prepared.push({ f, iso: this.deps.engine.exportTemplate(template, f.position as FingerPosition), png: await greyToPng(f.image) })
      }
    } catch (err) {
      this.deps.log.error('fingerprint template extraction failed', { step: attempt.step.position, error: err instanceof Error ? err.message : String(err) })
      this.attempt = null
      this.tell('bad-image', null)
      return
    }
    if (generation !== this.generation) return
    const at = this.now().toISOString()
    this.deps.audit.transaction(() => {
      for (const { f, iso, png } of prepared) {
        const id = this.deps.repo.insertCapture({
          crossingId,
          position: f.position,
          slapPosition: attempt.step.mode === 'slap' ? attempt.step.position : null,
          device: attempt.deviceId,
          quality: f.quality.score,
          feedback: f.quality.feedback,
          measures: f.quality.measures,
          overrideReason,
          template: iso,
          templateFormat: 'ISO/IEC 19794-2:2005',
          engine: `${this.deps.engine.name} ${this.deps.engine.version}`,
          imagePng: png,
          width: f.image.width,
          height: f.image.height,
          ppi: f.image.ppi,
          by: actor,
          at,
        })
        this.deps.audit.append({
          actor,
          action: overrideReason === null ? 'fingerprint.captured' : 'fingerprint.quality-overridden',
          subject: `crossing:${crossingId}`,
          details: { capture: id, position: f.position, slap: attempt.step.mode === 'slap' ? attempt.step.position : null, device: attempt.deviceId, quality: f.quality.score, feedback: f.quality.feedback, attempt: attempt.attemptNumber, ...(overrideReason === null ? {} : { reason: overrideReason }) },
        })
      }
    })
    this.attempt = null
    this.prompt = null
    await this.reloadCaptures()
    if (generation !== this.generation) return
    const next = this.currentStep()
    if (next && this.crossing.open) {
      this.arm(next, actor) // straight on to the next finger
      return
    }
    this.publish()
    if (!next) await this.runSearch(actor, generation)
  }

  private async runSearch(actor: string, generation: number): Promise<void> {
    const crossingId = this.crossing.crossingId
    if (crossingId === null) return
    this.searchState = { ...this.searchState, status: 'running', message: null }
    this.publish()
    try {
      await this.deps.warmUp?.()
      const r = await this.deps.search.run(crossingId, actor)
      if (generation !== this.generation) return
      this.searchState = { status: r.status, galleryFingers: r.galleryFingers, targetFpir: r.targetFpir, threshold: r.threshold, message: r.message }
    } catch (err) {
      this.deps.log.error('fingerprint search failed', { crossing: crossingId, error: err instanceof Error ? err.message : String(err) })
      if (generation !== this.generation) return
      this.searchState = { ...this.searchState, status: 'failed', message: 'The search failed; the error was logged.' }
    }
    this.publish()
  }

  // ---- Helpers ------------------------------------------------------------------------------------

  private steps(): CaptureStep[] {
    const capabilities = this.deps.pads.pad()?.pad?.capabilities ?? ['single-finger']
    return capturePlan(capabilities, { kind: this.planKind, primaryFingers: this.deps.primaryFingers })
  }

  private currentStep(): CaptureStep | null {
    const steps = this.steps()
    const i = nextStepIndex(steps, new Set(this.captures.map((c) => c.position)))
    return i === null ? null : steps[i]!
  }

  private requireOpenCrossing(): void {
    if (this.crossing.crossingId === null) throw new FingerprintError('conflict', 'Read the traveller\u2019s document first: fingerprints belong to a crossing.')
    if (!this.crossing.open) throw new FingerprintError('conflict', 'This crossing is already decided.')
  }

  private tell(code: CapturePromptCode, feedback: QualityReport['feedback'] | null): void {
    this.prompt = { code, feedback, at: this.now().toISOString() }
    this.publish()
  }

  private auditFailure(actor: string, step: CaptureStep, deviceId: string, details: Record<string, unknown>): void {
    this.deps.audit.transaction(() => this.deps.audit.append({ actor, action: 'fingerprint.capture-failed', subject: `crossing:${this.crossing.crossingId}`, details: { step: step.position, device: deviceId, ...details } }))
  }

  private async reloadCaptures(): Promise<void> {
    const crossingId = this.crossing.crossingId
    if (crossingId === null) {
      this.captures = []
      return
    }
    const rows = this.deps.repo.capturesFor(crossingId)
    const views: StoredCaptureView[] = []
    for (const r of rows) {
      let preview = this.previews.get(r.id) ?? null
      if (!preview) {
        preview = await pngPreviewDataUrl(r.image_png).catch(() => null)
        if (preview) this.previews.set(r.id, preview)
      }
      views.push({ id: r.id, position: r.position, quality: r.quality, feedback: r.feedback as StoredCaptureView['feedback'], overrideReason: r.override_reason, device: r.device, by: r.captured_by, at: r.captured_at, preview })
    }
    if (crossingId === this.crossing.crossingId) this.captures = views
  }

  private publish(): FingerprintSnapshot {
    this.snapshotCache = null
    const s = this.snapshot()
    this.emit('changed', s)
    return s
  }
}

function qualityView(position: number, q: QualityReport, preview: string | null): FingerQualityView {
  return { position, score: Math.round(q.score), feedback: q.feedback, acceptable: q.acceptable, preview }
}
