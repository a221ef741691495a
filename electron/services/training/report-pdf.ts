// A training report as a PDF the trainer files or hands the trainee: who, which scenario, the
// score, each expected action caught / missed / wrong, and the time per traveller.
import PDFDocument from 'pdfkit'
import type { TrainingReport } from '../../../shared/training/training-views'

const statusWords = { caught: 'CAUGHT', missed: 'MISSED', wrong: 'WRONG', pending: 'NOT SCORED' } as const

export function reportPdf(report: TrainingReport): Promise<Buffer> {
  // Uncompressed: small anyway, and the text stays searchable by simple tools (and tests).
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: false,
    info: { Title: `Training report: ${report.title}`, Author: report.trainer, Subject: `${report.traineeName} (${report.trainee}), score ${report.score.score}/100`, Keywords: 'Checkpoint training' },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  doc.fillColor('#b00020').fontSize(10).text('TRAINING - NOT AN OPERATIONAL RECORD', { align: 'right' })
  doc.fillColor('black').fontSize(20).text('Checkpoint training report')
  doc.moveDown(0.5).fontSize(12)
  doc.text(`Scenario: ${report.title} (${report.scenarioId})`)
  doc.text(`Trainee: ${report.traineeName} (${report.trainee})`)
  doc.text(`Trainer: ${report.trainer}`)
  doc.text(`Played: ${report.startedAt} to ${report.finishedAt} (${report.ending})`)
  doc.moveDown(0.5).fontSize(16).text(`Score: ${report.score.score} / 100`)
  doc.fontSize(11).text(`Caught ${report.score.caught}, missed ${report.score.missed}, wrong ${report.score.wrong}.` + (report.score.averageSeconds === null ? '' : ` Average time per traveller: ${report.score.averageSeconds} s.`))

  doc.moveDown().fontSize(14).text('Expected actions')
  doc.fontSize(10)
  for (const e of report.score.expectations) {
    const what = e.expected === null ? `not expected: ${e.taken ?? ''}` : `${e.expected}${e.taken && e.status !== 'caught' ? ` (did: ${e.taken})` : ''}`
    doc.text(`${statusWords[e.status]}  ${e.label}: ${what}`)
  }
  if (report.score.expectations.length === 0) doc.text('None.')

  doc.moveDown().fontSize(14).text('Time per traveller')
  doc.fontSize(10)
  for (const t of report.score.timings) doc.text(`${t.label}: ${t.seconds === null ? 'not decided' : `${t.seconds} s`}${t.decision ? `, ${t.decision}` : ''}`)
  if (report.score.timings.length === 0) doc.text('No traveller was presented.')

  doc.moveDown().fontSize(14).text('Actions taken')
  doc.fontSize(10)
  for (const a of report.actions) doc.text(`${a.at}  ${a.target.kind} ${a.target.index}: ${a.action}${a.detail ? ` (${a.detail})` : ''} by ${a.by}`)
  if (report.actions.length === 0) doc.text('None.')
  doc.end()
  return done
}
