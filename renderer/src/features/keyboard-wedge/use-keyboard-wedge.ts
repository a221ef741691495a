// Listens for keyboard-wedge bursts anywhere on the page (capture phase, before
// any field or shortcut sees the keys), swallows them so a scanner never types
// into a focused form field, and hands decoded MRZ lines to `onRead`.
import { useEffect } from 'react'
import { parseMrz } from '../../../../shared/mrz'
import { cancelPendingShortcuts, isTyping } from '../../app/shortcuts'
import { WedgeDecoder } from './wedge-decoder'

// Just longer than the widest gap inside a scanner burst (the decoder's 35 ms).
const SETTLE_MS = 45

type Field = HTMLInputElement | HTMLTextAreaElement

/** Set a React-controlled field's value so React's onChange sees it. */
function setFieldValue(el: Field, value: string, caret: number): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value)
  el.setSelectionRange(caret, caret)
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

/** Key presses this hook re-dispatches itself; it lets them through. */
const replaying = new WeakSet<Event>()

function replayKey(k: { key: string; code: string; shiftKey: boolean }): void {
  const event = new KeyboardEvent('keydown', { key: k.key, code: k.code, shiftKey: k.shiftKey, bubbles: true, cancelable: true })
  replaying.add(event)
  ;(document.activeElement ?? document.body).dispatchEvent(event)
}

export function useKeyboardWedge(onRead: (lines: string[], decodedBy: 'key' | 'code' | null) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return
    const decoder = new WedgeDecoder()
    let timer: ReturnType<typeof setTimeout> | null = null
    let saved: { el: Field; value: string; start: number; end: number } | null = null

    const settle = () => {
      timer = null
      const result = decoder.settle((lines) => parseMrz(lines).valid)
      const field = saved
      saved = null
      if (!result) return
      if (!result.scanner) {
        // A fast typist, not a scanner: give the swallowed keys back.
        if (field && document.activeElement === field.el) {
          const el = field.el
          const at = el.selectionStart ?? el.value.length
          setFieldValue(el, el.value.slice(0, at) + result.replay + el.value.slice(at), at + result.replay.length)
        } else {
          // No field: they were shortcuts (the run cancelled its first key's shortcut too), so press them again.
          for (const run of result.personRuns) for (const k of run) replayKey(k)
        }
        return
      }
      // The first key of the burst reached the field before the burst was recognised: undo it.
      if (field && result.leakedKeys > 0) setFieldValue(field.el, field.value, field.start)
      if (result.lines.length > 0) onRead(result.lines, result.decodedBy)
    }

    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || replaying.has(e)) return
      if (e.key.length !== 1 && e.key !== 'Enter') return
      if (decoder.empty) {
        const t = e.target
        saved = isTyping(t) && (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement) ? { el: t, value: t.value, start: t.selectionStart ?? 0, end: t.selectionEnd ?? 0 } : null
      }
      const verdict = decoder.key({ key: e.key, code: e.code, shiftKey: e.shiftKey, time: e.timeStamp })
      if (verdict.kind === 'swallow') {
        e.preventDefault()
        e.stopImmediatePropagation()
        cancelPendingShortcuts()
      }
      if (timer) clearTimeout(timer)
      timer = setTimeout(settle, SETTLE_MS)
    }
    window.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      if (timer) clearTimeout(timer)
    }
  }, [onRead, enabled])
}
