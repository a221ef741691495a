import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../shared/api/contract'
import { api, onConnectionState } from '../platform/api'
import { SignIn } from '../features/sign-in/SignIn'
import { Workspace } from './Workspace'
import { TrainingBanner } from '../features/training/TrainingBanner'

export function App() {
  const { t } = useTranslation()
  const [session, setSession] = useState<Session | null | undefined>(undefined)
  const [connection, setConnection] = useState<'connecting' | 'open' | 'closed'>('open')
  // A training workstation says so before sign-in too (public request), and on every screen after.
  const [training, setTraining] = useState(false)

  useEffect(() => {
    const offSession = api.onSessionChanged((s) => setSession(s))
    const offConn = onConnectionState(setConnection)
    void api.session.current().then((r) => setSession(r.ok ? r.value : null))
    void api.training.status().then((r) => r.ok && setTraining(r.value.training))
    return () => {
      offSession()
      offConn()
    }
  }, [])

  return (
    <>
      {(training || session?.training) && <TrainingBanner />}
      {connection !== 'open' && (
        <div className="connection-banner" role="status">
          {t('app.connectionLost')}
        </div>
      )}
      {session === undefined ? null : session ? <Workspace session={session} /> : <SignIn onSignedIn={setSession} />}
    </>
  )
}
