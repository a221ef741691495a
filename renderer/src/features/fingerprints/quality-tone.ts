// Quality in colour as well as words: green when the gate accepts, amber when
// the officer overrode it, red when it failed.
export function qualityTone(acceptable: boolean, overridden = false): 'good' | 'overridden' | 'poor' {
  if (overridden) return 'overridden'
  return acceptable ? 'good' : 'poor'
}
