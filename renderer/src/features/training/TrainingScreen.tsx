import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReportView } from './ReportView'
import { ScenarioEditor } from './ScenarioEditor'
import { TraineeHistory } from './TraineeHistory'
import { TrainerConsole } from './TrainerConsole'

type Tab = 'console' | 'scenarios' | 'history'

/** The trainer's screen on a training workstation: console, scenario authoring, reports and history. */
export function TrainingScreen() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('console')
  const [reportId, setReportId] = useState<number | null>(null)
  const openReport = (id: number) => {
    setReportId(id)
    setTab('history')
  }
  return (
    <div className="training-screen" data-testid="training-screen">
      <nav className="tabs" role="tablist" aria-label={t('training.title')}>
        {(['console', 'scenarios', 'history'] as const).map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={`tab ${tab === id ? 'tab-active' : ''}`} onClick={() => setTab(id)}>
            {t(`training.tab.${id}`)}
          </button>
        ))}
      </nav>
      {tab === 'console' && <TrainerConsole onOpenReport={openReport} />}
      {tab === 'scenarios' && <ScenarioEditor />}
      {tab === 'history' && (
        <>
          {reportId !== null && <ReportView id={reportId} />}
          <TraineeHistory onOpenReport={setReportId} />
        </>
      )}
    </div>
  )
}
