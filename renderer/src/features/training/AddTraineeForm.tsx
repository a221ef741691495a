import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../platform/api'

/** A trainee's own account on the training workstation (officer role, training database only). */
export function AddTraineeForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation()
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [password, setPassword] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const r = await api.training.addTrainee({ username, displayName, password })
    if (!r.ok) return setMessage(r.message)
    setMessage(t('training.traineeAdded', { name: r.value.displayName }))
    setUsername('')
    setDisplayName('')
    setPassword('')
    onAdded()
  }
  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} aria-label={t('training.addTrainee')}>
      <label>
        {t('signIn.username')}
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" required />
      </label>
      <label>
        {t('training.displayName')}
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />
      </label>
      <label>
        {t('signIn.password')}
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" minLength={12} required />
      </label>
      <div className="console-start">
        <button type="submit" className="btn">
          {t('training.addTrainee')}
        </button>
      </div>
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </form>
  )
}
