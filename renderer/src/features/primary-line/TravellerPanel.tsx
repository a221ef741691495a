import { useTranslation } from 'react-i18next'
import type { DocumentCheck, DocumentView } from '../../../../shared/domain/inspection'
import { NameComparison } from './NameComparison'
import { MrzLines } from './MrzLines'

const SHOWN_FIELDS = ['documentCode', 'issuingState', 'name', 'documentNumber', 'nationality', 'birthDate', 'sex', 'expiryDate', 'optionalData1', 'optionalData2', 'personalNumber', 'composite']

/** MRZ fields with a check mark each; failing MRZ characters are highlighted in the lines themselves. */
export function TravellerPanel({ document, checks }: { document: DocumentView; checks: DocumentCheck[] }) {
  const { t } = useTranslation()
  const fields = document.fields.filter((f) => SHOWN_FIELDS.includes(f.name))
  return (
    <section className="panel traveller" aria-label={t('traveller.title')}>
      <header className="traveller-head">
        <h2>
          <bdi dir="ltr">{[document.surname, document.givenNames].filter(Boolean).join(', ')}</bdi>
        </h2>
        <span className="muted">
          {t(`traveller.source.${document.source}`)}
          {document.device ? ` (${t(`devices.names.${document.device}`, { defaultValue: document.device })})` : ''} · {document.format ?? '?'}
        </span>
      </header>
      <MrzLines document={document} />
      <table className="fields">
        <tbody>
          {fields.map((f) => (
            <tr key={f.name} className={f.valid ? 'field-ok' : 'field-bad'} data-testid={`field-${f.name}`} data-valid={f.valid}>
              <th scope="row">{t(`fields.${f.name}`)}</th>
              <td dir="ltr">
                <bdi>{displayValue(f.name, f.value, document)}</bdi>
              </td>
              <td className="field-mark">
                {f.valid ? <span className="ok">✓ {t('traveller.fieldOk')}</span> : <span className="bad">✗ {f.issues.map((i) => t(`mrzIssues.${i.code}`, { expected: i.expected, actual: i.actual })).join('; ')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NameComparison key={document.lines.join('')} surname={document.surname} givenNames={document.givenNames} />
      <ul className="checks">
        {checks.map((c) => (
          <li key={c.code} className={`check check-${c.severity}`} data-testid={`check-${c.code}`}>
            <span className="check-tag">{t(`severity.${c.severity}`)}</span> {t(`checks.${c.code}`, translatedParams(c.params, t))}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Dates as ISO (the MRZ's YYMMDD hides the century); the composite is a check, not a value. */
function displayValue(name: string, value: string, document: DocumentView): string {
  if (name === 'birthDate') return document.birthDate ?? value
  if (name === 'expiryDate') return document.expiryDate ?? value
  if (name === 'composite') return ''
  return value || '—'
}

/** Field names travel as codes; show them in the officer's language. */
function translatedParams(params: Record<string, string>, t: (key: string) => string): Record<string, string> {
  const out = { ...params }
  if (params.fields) out.fields = params.fields.split(', ').map((f) => t(`fields.${f}`)).join(', ')
  if (params.indicators) out.indicators = params.indicators.split(',').map((i) => t(`specimenIndicators.${i}`)).join(', ')
  return out
}
