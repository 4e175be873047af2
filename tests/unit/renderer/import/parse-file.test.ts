import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectFormat, parseFile, parseInWorker } from '@renderer/features/import/parse-file'

const sample = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/import', name)))

describe('reading a chosen file', () => {
  it('finds the format from the name and the first bytes', () => {
    expect(detectFormat('My Clippings.txt', sample('clippings-de.txt'))).toBe('kindle')
    expect(detectFormat('export.csv', sample('storygraph_export.csv'))).toBe('goodreads-storygraph')
    expect(detectFormat('My Clippings.csv', sample('clippings-de.txt'))).toBeUndefined()
    expect(detectFormat('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined()
  })

  it('turns a parser failure into a message, never an exception', async () => {
    const result = await parseFile({
      formatId: 'kindle',
      fileName: 'x.txt',
      bytes: new TextEncoder().encode('no clippings here'),
      options: {},
    })
    expect(result).toEqual({
      type: 'failed',
      message: expect.stringMatching(/no Kindle clippings/),
    })
  })

  it('parses in the worker it is given, passing progress on, and ends the worker', async () => {
    const posted: unknown[] = []
    let terminated = false
    const fake = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null,
      postMessage(message: unknown) {
        posted.push(message)
        queueMicrotask(() => {
          this.onmessage?.({ data: { type: 'progress', done: 1, total: 2 } } as MessageEvent)
          this.onmessage?.({ data: { type: 'done', rows: [] } } as MessageEvent)
        })
      },
      terminate() {
        terminated = true
      },
    }
    const progress: [number, number][] = []
    const result = await parseInWorker(
      { formatId: 'kindle', fileName: 'x.txt', bytes: new Uint8Array(), options: {} },
      (done, total) => progress.push([done, total]),
      () => fake as unknown as Worker,
    )
    expect(result).toEqual({ type: 'done', rows: [] })
    expect(progress).toEqual([[1, 2]])
    expect(posted).toHaveLength(1)
    expect(terminated).toBe(true)
  })

  it('parses in this thread when there is no worker', async () => {
    const result = await parseInWorker(
      { formatId: 'kindle', fileName: 'x.txt', bytes: sample('clippings-fr.txt'), options: {} },
      () => undefined,
      () => null,
    )
    expect(result.type === 'done' ? result.rows.map((row) => row.kind) : result).toEqual([
      'highlight',
      'note',
      'bookmark',
    ])
  })
})
