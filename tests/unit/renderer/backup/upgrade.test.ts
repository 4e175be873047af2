import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '@renderer/db/database'
import { upgradeBackup } from '@renderer/features/backup/format/upgrade'

describe('upgradeBackup', () => {
  const tables = { sessions: [{ id: 's1', minutes: 30 }] }

  it('runs each step from the backup’s version up to the current one, in order', () => {
    const steps = {
      1: (t: Record<string, unknown[]>) => ({ ...t, v2: ['added by step 1'] }),
      2: (t: Record<string, unknown[]>) => ({ ...t, v3: [Object.keys(t).length] }),
    }
    expect(upgradeBackup(tables, 1, 3, steps)).toEqual({
      ...tables,
      v2: ['added by step 1'],
      v3: [2],
    })
    expect(upgradeBackup(tables, 2, 3, steps)).toEqual({ ...tables, v3: [1] })
  })

  it('leaves a current backup as it is', () => {
    expect(upgradeBackup(tables, CURRENT_SCHEMA_VERSION)).toBe(tables)
  })

  it('gives a version 3 backup empty review cards and review history', () => {
    expect(upgradeBackup(tables, 3, 4)).toEqual({ ...tables, reviewCards: [], reviewLogs: [] })
  })

  it('refuses a newer backup, a missing step and a nonsense version', () => {
    expect(() => upgradeBackup(tables, 5, 3)).toThrow(/newer Bastion/)
    expect(() => upgradeBackup(tables, 1, 3, {})).toThrow(/cannot upgrade.*1 to 2/)
    expect(() => upgradeBackup(tables, 0)).toThrow(/not one Bastion made/)
  })

  it('carries a version 1 backup’s rows through every step to the current version', () => {
    const upgraded = upgradeBackup(tables, 1)
    expect(upgraded.sessions).toEqual(tables.sessions)
    expect(upgraded.reviewCards).toEqual([])
    expect(upgradeBackup(tables, 5, 6)).toBe(tables)
  })

  it('qualifies bare OWASP IDs as 2025 in the tables that hold tags, and nothing else', () => {
    const old = {
      notes: [{ id: 'n1', tags: ['LLM01', 'mine'], objectiveIds: [] }, null],
      sessions: [{ id: 's1', covered: 'LLM01' }],
    }
    const upgraded = upgradeBackup(old, 4, 5)
    expect(upgraded.notes).toEqual([
      { id: 'n1', tags: ['LLM01:2025', 'mine'], objectiveIds: [] },
      null,
    ])
    expect(upgraded.sessions).toBe(old.sessions)
    // Without a bare ID, the backup is handed back as it was.
    const current = { notes: [{ id: 'n2', tags: ['LLM01:2026'], objectiveIds: [] }] }
    expect(upgradeBackup(current, 4, 5)).toBe(current)
  })
})
