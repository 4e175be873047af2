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
})
