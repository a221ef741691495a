// What the capture quality gate tells the officer (one actionable prompt) and
// the technician (every measure behind it).

export type QualityFeedback =
  | 'ok'
  | 'no-finger'
  | 'press-harder'
  | 'press-lighter'
  | 're-centre'
  | 'smudged'
  | 'too-dry'
  | 'too-small'

export interface QualityReport {
  /** 0..100, higher is better, on the scale of NFIQ 2's unified score. */
  score: number
  feedback: QualityFeedback
  acceptable: boolean
  /** The computed proxies, for the technician view. */
  measures: Record<string, number>
}
