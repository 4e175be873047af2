// The bench's own arithmetic: paired ratios, the large dataset's size, and budget judging.
import { describe, expect, it } from 'vitest'
import {
  formatTable,
  judge,
  pairedRatio,
  restoreAgainstFloor,
  scaledSize,
  summarize,
} from '../../../scripts/bench/support.mjs'
import { heavySize } from '../../fixtures/heavy-dataset'

describe('pairedRatio', () => {
  it('divides each run by the floor run beside it, then takes median and spread', () => {
    expect(pairedRatio([400, 500, 900], [200, 250, 300])).toEqual({
      median: 2,
      spread: [2, 3],
      samples: 3,
    })
  })

  it('refuses samples that are not paired', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/paired/)
    expect(() => pairedRatio([], [])).toThrow(/paired/)
  })
})

describe('restoreAgainstFloor', () => {
  it('pairs every run, and apart the first (into empty) and the later (replacing) ones', () => {
    expect(restoreAgainstFloor([1200, 3000, 4400], [1000, 2000, 4000])).toEqual({
      restoreVsIdbFloor: { median: 1.2, spread: [1.1, 1.5], samples: 3 },
      restoreIntoEmptyVsIdbFloor: { median: 1.2, spread: [1.2, 1.2], samples: 1 },
      restoreReplacingVsIdbFloor: { median: 1.3, spread: [1.1, 1.5], samples: 2 },
    })
  })

  it('has no replacing figure when only one restore ran', () => {
    expect(restoreAgainstFloor([1500], [1000])).toEqual({
      restoreVsIdbFloor: { median: 1.5, spread: [1.5, 1.5], samples: 1 },
      restoreIntoEmptyVsIdbFloor: { median: 1.5, spread: [1.5, 1.5], samples: 1 },
    })
  })
})

describe('scaledSize', () => {
  it('multiplies the tables the issue names and keeps plan items and review cards', () => {
    expect(scaledSize(heavySize, 10)).toEqual({
      resources: 3_000,
      sessions: 100_000,
      notes: 30_000,
      quotes: 20_000,
      indexEntries: 50_000,
      expenses: 5_000,
      planItems: 40,
      reviewCards: 10_000,
      reviewLogs: 100_000,
    })
  })
})

describe('judge', () => {
  const budgets = {
    fast: { label: 'fast thing', max: 10, unit: 'ms' },
    ratio: { label: 'a ratio', max: 1.5, unit: '×' },
    recorded: { label: 'only recorded', unit: 'ms' },
    missing: { label: 'never measured', max: 5, unit: 'ms' },
  }
  const figures = {
    fast: summarize([12, 11, 30]),
    ratio: summarize([1.2, 1.5]),
    recorded: summarize([900]),
  }

  it('marks each figure ok, MISSED, recorded or NOT MEASURED against its budget', () => {
    const status = Object.fromEntries(judge(budgets, figures).map((row) => [row.key, row.status]))
    expect(status).toEqual({
      fast: 'MISSED',
      ratio: 'ok',
      recorded: 'recorded',
      missing: 'NOT MEASURED',
    })
  })

  it('keeps only the figures asked for', () => {
    expect(judge(budgets, figures, ['ratio']).map((row) => row.key)).toEqual(['ratio'])
  })

  it('prints one line per figure with its median, spread and budget', () => {
    const table = formatTable(judge(budgets, figures, ['fast', 'recorded']))
    expect(table).toMatch(/fast thing\s+12\.0 ms\s+11\.0 ms – 30\.0 ms\s+≤ 10 ms\s+MISSED/)
    expect(table).toMatch(/only recorded\s+900\.0 ms\s+900\.0 ms – 900\.0 ms\s+—\s+recorded/)
  })
})
