import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/api/contract'
import { api } from '../../platform/api'

export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const { t } = useTranslation()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    const r = await api.session.signIn({ username, password })
    setBusy(false)
    if (r.ok) onSignedIn(r.value)
    else setError(r.code === 'bad-credentials' ? t('signIn.badCredentials') : r.code === 'forbidden' ? t('signIn.locked') : r.message)
  }

  return (
    <main className="sign-in">
      <form className="panel sign-in-form" onSubmit={(e) => void submit(e)}>
        <h1>{t('app.title')}</h1>
        <p className="muted">{t('signIn.subtitle')}</p>
        <label>
          {t('signIn.username')}
          <input name="username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('signIn.signingIn') : t('signIn.submit')}
        </button>
      </form>
    </main>
  )
}
