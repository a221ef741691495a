import { describe, expect, it } from 'vitest'
import { FileStability } from './file-stability'

describe('FileStability', () => {
  it('calls a file complete only once it is unchanged across two checks stableMs apart', () => {
    const s = new FileStability(100)
    s.observe([{ name: 'a.png', size: 10, mtimeMs: 1 }], 0)
    expect(s.isStable('a.png', 0)).toBe(false) // one check
    s.observe([{ name: 'a.png', size: 20, mtimeMs: 2 }], 50)
    expect(s.isStable('a.png', 50)).toBe(false) // still growing
    s.observe([{ name: 'a.png', size: 20, mtimeMs: 2 }], 100)
    expect(s.isStable('a.png', 100)).toBe(false) // unchanged only 50 ms
    s.observe([{ name: 'a.png', size: 20, mtimeMs: 2 }], 160)
    expect(s.isStable('a.png', 160)).toBe(true)
    expect(s.unchangedFor('a.png', 160)).toBe(110)
    expect(s.presentFor('a.png', 160)).toBe(160)
  })

  it('forgets files that left the folder', () => {
    const s = new FileStability(0)
    s.observe([{ name: 'a', size: 1, mtimeMs: 1 }], 0)
    s.observe([], 10)
    expect(s.has('a')).toBe(false)
  })
})
