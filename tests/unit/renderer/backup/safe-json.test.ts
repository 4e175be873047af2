import { describe, expect, it } from 'vitest'
import {
  jsonDepth,
  MAX_JSON_DEPTH,
  MAX_TEXT_CHARS,
  parseBackupJson,
} from '@renderer/features/backup/format/safe-json'

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`

describe('jsonDepth: how deep a backup nests, read before parsing', () => {
  it('counts objects and arrays, and closing brackets end a level', () => {
    expect(jsonDepth('[[1]]')).toBe(2)
    expect(jsonDepth('{"a":{"b":[]}}')).toBe(3)
    expect(jsonDepth('[[],[],[],[]]')).toBe(2)
    expect(jsonDepth('[{},{},{}]')).toBe(2)
    // The deepest level counts, not the last one opened.
    expect(jsonDepth('[[[]],[]]')).toBe(3)
  })

  it('skips brackets and quotes inside strings', () => {
    expect(jsonDepth('{"note":"[[[{{{"}')).toBe(1)
    expect(jsonDepth(String.raw`{"note":"say \"[[[\" twice"}`)).toBe(1)
    expect(jsonDepth('["}}}]]]",[["x"]]]')).toBe(3)
  })

  it('stops reading once the text is deeper than asked', () => {
    expect(jsonDepth(nested(100), 2)).toBe(3)
  })
})

describe('parseBackupJson: one message a person can act on', () => {
  it('accepts nesting up to the bound and refuses one level more', () => {
    expect(parseBackupJson(nested(MAX_JSON_DEPTH)).ok).toBe(true)
    expect(parseBackupJson(nested(MAX_JSON_DEPTH + 1))).toEqual({
      ok: false,
      message: `The file nests data more than ${MAX_JSON_DEPTH} levels deep, which a Bastion backup never does.`,
    })
  })

  it('says where invalid JSON goes wrong, by line and column', () => {
    const result = parseBackupJson('{\n  "a": 1,\n  x\n}')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(/^The file is not valid JSON at line 3, column 3 \(/)
    expect(result.message).not.toMatch(/cut short/)
  })

  it('says a file that ends too early looks cut short', () => {
    const result = parseBackupJson('{"format":"bastion-backup","tables":{"notes":[')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(/^The file is not valid JSON/)
    expect(result.message).toMatch(/The file looks cut short: it may not have finished saving\.$/)
  })

  it('refuses a forbidden key with its own message, not as broken JSON', () => {
    expect(parseBackupJson('{"tables":{"__proto__":{}}}')).toEqual({
      ok: false,
      message: 'The file contains a “__proto__” key, which a Bastion backup never has.',
    })
  })

  it('refuses every key that reaches a prototype, a text over the bound and a non-finite number', () => {
    for (const key of ['constructor', 'prototype']) {
      expect(parseBackupJson(`{"rows":[{"${key}":1}]}`)).toEqual({
        ok: false,
        message: `The file contains a “${key}” key, which a Bastion backup never has.`,
      })
    }
    expect(parseBackupJson(JSON.stringify({ text: 'x'.repeat(MAX_TEXT_CHARS) })).ok).toBe(true)
    const long = parseBackupJson(JSON.stringify({ text: 'x'.repeat(MAX_TEXT_CHARS + 1) }))
    expect(long.ok).toBe(false)
    if (!long.ok) expect(long.message).toMatch(/^The file contains a text of 1,000,001 characters;/)
    expect(parseBackupJson('{"minutes":1e400}')).toEqual({
      ok: false,
      message: 'The file contains a number too large to be one Bastion wrote.',
    })
    expect(parseBackupJson('{"minutes":1e300}')).toEqual({ ok: true, value: { minutes: 1e300 } })
  })

  it('hands back the parsed value of a sound file', () => {
    expect(parseBackupJson('{"a":[1,"[x]",{"b":null}]}')).toEqual({
      ok: true,
      value: { a: [1, '[x]', { b: null }] },
    })
  })
})
