import { describe, expect, it } from 'vitest'
import { viewerKeyAction } from './viewer-keys'

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  viewerKeyAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods })

describe('viewer keys', () => {
  it('has a key for every tool and display switch', () => {
    expect(key('p')).toEqual({ type: 'tool', tool: 'pan' })
    expect(key('W')).toEqual({ type: 'tool', tool: 'window' })
    expect(key('d')).toEqual({ type: 'tool', tool: 'measure' })
    expect(key('n')).toEqual({ type: 'tool', tool: 'annotate' })
    expect(key('i')).toEqual({ type: 'toggle', what: 'invert' })
    expect(key('m')).toEqual({ type: 'toggle', what: 'material' })
    expect(key('e')).toEqual({ type: 'toggle', what: 'edges' })
    expect(key('a')).toEqual({ type: 'auto' })
    expect(key('2')).toEqual({ type: 'preset', id: 'organic' })
    expect(key('+')).toMatchObject({ type: 'zoom' })
    expect(key('0')).toEqual({ type: 'fit' })
  })

  it('pans with arrows and windows with Shift+arrows', () => {
    expect(key('ArrowRight')).toEqual({ type: 'pan', dx: 0.1, dy: 0 })
    expect(key('ArrowUp', { shiftKey: true })).toMatchObject({ type: 'window', level: 0.05 })
  })

  it('leaves modified keys to the browser', () => {
    expect(key('p', { ctrlKey: true })).toBeNull()
    expect(key('x')).toBeNull()
  })
})
