// Fingerprint capture quality gate with live feedback.

export { assessQuality } from './assess-quality'
export type { QualityFeedback, QualityReport } from './quality-report'
export type { QualityThresholds } from './quality-thresholds'
export { defaultQualityThresholds } from './quality-thresholds'
