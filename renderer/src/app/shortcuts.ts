import { useEffect } from 'react'

/** True when typing in a field: single-key shortcuts must never fire there. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
}

// A keyboard-wedge reader's burst can start with a shortcut letter (a TD1 ID
// card starts with A, C or I). Shortcuts therefore fire a moment later, and a
// burst cancels them.
const SHORTCUT_DELAY_MS = 60
const pending = new Set<ReturnType<typeof setTimeout>>()

export function cancelPendingShortcuts(): void {
  for (const t of pending) clearTimeout(t)
  pending.clear()
}

/** Single-key shortcuts (no modifiers) for the officer's primary-line actions. */
export function useShortcuts(map: Record<string, (() => void) | undefined>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      const action = map[e.key.toLowerCase()]
      if (!action) return
      e.preventDefault()
      const timer = setTimeout(() => {
        pending.delete(timer)
        action()
      }, SHORTCUT_DELAY_MS)
      pending.add(timer)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [map, enabled])
}
