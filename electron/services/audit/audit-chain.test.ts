import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, hashEntry, verifyChain, type AuditEntry } from './audit-chain'

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  let prev = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const e = { seq, at: `2026-11-25T10:00:0${seq}Z`, actor: 'officer', action: 'test', subject: `s:${seq}`, details: '{}', prevHash: prev }
    const sealed = { ...e, hash: hashEntry(e) }
    out.push(sealed)
    prev = sealed.hash
  }
  return out
}

describe('audit hash chain', () => {
  it('verifies an untouched chain, with and without an anchor', () => {
    const c = chain(5)
    expect(verifyChain(c).problems).toEqual([])
    expect(verifyChain(c, { seq: 5, hash: c[4]!.hash }).problems).toEqual([])
  })

  it('detects an edited entry', () => {
    const c = chain(5)
    c[2] = { ...c[2]!, actor: 'someone-else' }
    expect(verifyChain(c).problems).toEqual([{ seq: 3, problem: expect.stringContaining('edited') }])
  })

  it('detects an edited entry whose hash was recomputed: the next link breaks', () => {
    const c = chain(5)
    const edited = { ...c[2]!, details: '{"decision":"admit"}' }
    c[2] = { ...edited, hash: hashEntry(edited) }
    expect(verifyChain(c).problems.map((p) => p.seq)).toEqual([4])
  })

  it('detects a deleted entry in the middle', () => {
    const c = chain(5)
    c.splice(1, 1)
    const problems = verifyChain(c).problems
    expect(problems.some((p) => p.problem.includes('missing'))).toBe(true)
  })

  it('detects deleted newest entries only with the anchor', () => {
    const full = chain(5)
    const truncated = full.slice(0, 3)
    expect(verifyChain(truncated).problems).toEqual([])
    expect(verifyChain(truncated, { seq: 5, hash: full[4]!.hash }).problems).toEqual([
      { seq: 4, problem: expect.stringContaining('newest entries deleted') },
    ])
  })
})
