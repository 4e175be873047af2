import { describe, expect, it } from 'vitest'
import {
  clozeAnswer,
  clozeFromSelection,
  clozeFromText,
  clozePrompt,
  hasGap,
  parseCloze,
} from '@renderer/features/review/cloze'

describe('cloze parsing', () => {
  it('splits text into plain runs and gaps', () => {
    expect(parseCloze('The {{SYN}} flag opens a {{TCP}} connection')).toEqual([
      { text: 'The ', gap: false },
      { text: 'SYN', gap: true },
      { text: ' flag opens a ', gap: false },
      { text: 'TCP', gap: true },
      { text: ' connection', gap: false },
    ])
  })

  it('hides every gap in the prompt and fills them in the answer', () => {
    const text = 'AES has a {{128-bit}} block'
    expect(clozePrompt(text)).toBe('AES has a […] block')
    expect(clozeAnswer(text)).toBe('AES has a 128-bit block')
  })

  it('treats an empty gap and unmatched braces as plain text', () => {
    expect(hasGap('nothing {{}} here {{ unclosed')).toBe(false)
    expect(clozePrompt('nothing {{}} here')).toBe('nothing {{}} here')
  })

  it('makes the selection the gap, inside its paragraph only', () => {
    const body = '# Ports\n\nSSH listens on port 22 by default.\n\nTelnet is 23.'
    const start = body.indexOf('22')
    expect(clozeFromSelection(body, start, start + 2)).toBe(
      'SSH listens on port {{22}} by default.',
    )
    // Spaces around the selection stay outside the gap; a blank selection makes no card.
    expect(clozeFromSelection(body, start - 1, start + 3)).toBe(
      'SSH listens on port {{22}} by default.',
    )
    expect(clozeFromSelection(body, start - 1, start)).toBe('')
  })

  it('puts the gap on the chosen words of a quote', () => {
    expect(clozeFromText('Defence in depth works', 'depth')).toBe('Defence in {{depth}} works')
    expect(clozeFromText('Defence in depth works', 'absent')).toBe('Defence in depth works')
  })
})
