import { describe, expect, it } from 'vitest'
import { checkCard } from '@renderer/features/review/card-check'

describe('a card side is a passage, held to the passage limit', () => {
  it('says plainly that a question or an answer is too long', () => {
    expect(checkCard({ kind: 'qa', front: 'q'.repeat(10_001), back: 'a'.repeat(12_000) })).toEqual({
      front: 'Keep questions under 10,000 characters; this one has 10,001.',
      back: 'Keep answers under 10,000 characters; this one has 12,000.',
    })
  })

  it('says so for a cloze text, once it has a gap', () => {
    const long = `{{gap}} ${'c'.repeat(10_000)}`
    expect(checkCard({ kind: 'cloze', front: long, back: '' })).toEqual({
      front: 'Keep cloze texts under 10,000 characters; this one has 10,008.',
    })
  })

  it('takes sides of 10,000 characters', () => {
    expect(checkCard({ kind: 'qa', front: 'q'.repeat(10_000), back: 'a'.repeat(10_000) })).toEqual(
      {},
    )
    expect(checkCard({ kind: 'cloze', front: `{{a}}${'c'.repeat(9_995)}`, back: '' })).toEqual({})
  })

  it('still asks for what is missing first', () => {
    expect(checkCard({ kind: 'qa', front: ' ', back: '' })).toEqual({
      front: 'Write the question.',
      back: 'Write the answer.',
    })
    expect(checkCard({ kind: 'cloze', front: 'no gap', back: '' })).toEqual({
      front: 'Mark the part to recall with {{double braces}}.',
    })
  })
})
