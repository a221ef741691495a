// The report `checkpoint mrz` prints: everything the workstation concludes
// from an MRZ, as JSON a technician or another program can read.
import { parseMrz } from '../../shared/mrz'
import { documentChecks } from '../services/inspection/document-checks'

/** Lines separated by newlines or `/`; blank lines and surrounding spaces dropped. */
export function splitMrzInput(text: string): string[] {
  return text
    .split(/[\r\n/]+/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
}

export function mrzReport(lines: string[], today: Date) {
  const mrz = parseMrz(lines, { today })
  return {
    format: mrz.format,
    valid: mrz.valid,
    lines: mrz.lines,
    summary: {
      documentCode: mrz.documentCode,
      issuingState: mrz.issuingState,
      documentNumber: mrz.documentNumber,
      surname: mrz.surname,
      givenNames: mrz.givenNames,
      nationality: mrz.nationality,
      sex: mrz.sex,
      birthDate: mrz.birthDate,
      expiryDate: mrz.expiryDate,
      optionalData: mrz.optionalData,
    },
    fields: mrz.fields.map((f) => ({
      name: f.name,
      raw: f.raw,
      value: f.value,
      valid: f.valid,
      positions: f.positions,
      checkDigit: f.checkDigit ?? null,
      issues: f.issues,
    })),
    issues: mrz.issues,
    warnings: mrz.warnings,
    correctedLines: mrz.correctedLines,
    corrections: mrz.corrections,
    ocrRisks: mrz.ocrRisks,
    findings: documentChecks(mrz, today),
  }
}
