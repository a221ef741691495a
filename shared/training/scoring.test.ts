import { describe, expect, it } from 'vitest'
import type { Expectation } from './scenario-targets'
import { scoreRun } from './scoring'
import type { TraineeAction } from './training-views'

const t = (index: number) => ({ kind: 'traveller' as const, index })
const v = (index: number) => ({ kind: 'vehicle' as const, index })
const exp = (target: Expectation['target'], action: Expectation['action']): Expectation => ({ id: `${target.kind}-${target.index}:${action}`, target, label: `${target.kind} ${target.index}`, action })
const act = (target: TraineeAction['target'], action: TraineeAction['action']): TraineeAction => ({ target, action, by: 'officer', at: '2026-11-25T10:00:00.000Z', detail: null })

describe('scoreRun', () => {
  const expectations = [exp(t(1), 'confirm-hit'), exp(t(1), 'refer'), exp(t(2), 'admit'), exp(v(1), 'mark-scan'), exp(v(1), 'refer-scan')]

  it('caught, wrong and missed, and a score over everything scored', () => {
    const s = scoreRun(expectations, [act(t(1), 'confirm-hit'), act(t(1), 'refuse'), act(t(2), 'admit'), act(v(1), 'clear-scan')], [], true)
    expect(s.expectations.map((e) => [e.id, e.status])).toEqual([
      ['traveller-1:confirm-hit', 'caught'],
      ['traveller-1:refer', 'wrong'],
      ['traveller-2:admit', 'caught'],
      ['vehicle-1:mark-scan', 'wrong'],
      ['vehicle-1:refer-scan', 'wrong'],
    ])
    expect(s).toMatchObject({ caught: 2, wrong: 3, missed: 0, pending: 0, score: 40 })
  })

  it('open expectations are pending while the run plays and missed at the end', () => {
    expect(scoreRun(expectations, [], [], false)).toMatchObject({ pending: 5, missed: 0, score: 0 })
    expect(scoreRun(expectations, [], [], true)).toMatchObject({ pending: 0, missed: 5, score: 0 })
  })

  it('a harmful action nobody expected counts as wrong', () => {
    const s = scoreRun([exp(t(1), 'admit')], [act(t(1), 'admit'), act(t(2), 'refuse'), act(t(3), 'admit')], [], true)
    expect(s.expectations.map((e) => [e.id, e.status])).toEqual([
      ['traveller-1:admit', 'caught'],
      ['traveller-2:unexpected:refuse', 'wrong'],
    ])
    expect(s.score).toBe(50)
  })

  it('times each traveller from the read to the decision', () => {
    const s = scoreRun([], [], [
      { index: 1, label: 'A', readAt: '2026-11-25T10:00:00.000Z', decidedAt: '2026-11-25T10:00:12.500Z', decision: 'admit' },
      { index: 2, label: 'B', readAt: '2026-11-25T10:01:00.000Z', decidedAt: null, decision: null },
    ], true)
    expect(s.timings).toEqual([
      { index: 1, label: 'A', seconds: 12.5, decision: 'admit' },
      { index: 2, label: 'B', seconds: null, decision: null },
    ])
    expect(s.averageSeconds).toBe(12.5)
    expect(s.score).toBe(100)
  })
})
