import { importParsers } from './formats/parsers'
import { ImportFileError, type ImportOptions, type ParsedRow } from './formats/types'

export interface ParseRequest {
  formatId: string
  fileName: string
  bytes: Uint8Array
  options: ImportOptions
}

export type ParseMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; rows: ParsedRow[] }
  | { type: 'failed'; message: string }

/**
 * Parses a file with its format's parser; never rejects (a failure is a message to show).
 * Asynchronous because a parser may first load WebAssembly (Anki's SQLite).
 */
export async function parseFile(
  request: ParseRequest,
  progress?: (done: number, total: number) => void,
): Promise<ParseMessage> {
  const parser = importParsers.find((candidate) => candidate.id === request.formatId)
  if (!parser) return { type: 'failed', message: 'Bastion does not know this file type.' }
  try {
    const rows = await parser.parse(request, progress)
    return { type: 'done', rows }
  } catch (error) {
    return {
      type: 'failed',
      message:
        error instanceof ImportFileError
          ? error.message
          : `This file could not be read as ${parser.label}: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`,
    }
  }
}

/** The format whose parser accepts this file (by name and first bytes), if any. */
export function detectFormat(fileName: string, firstBytes: Uint8Array): string | undefined {
  return importParsers.find((parser) => {
    try {
      return parser.accepts(fileName, firstBytes)
    } catch {
      return false
    }
  })?.id
}

function createImportWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Parses in a Web Worker (one per file, ended when done), or in this thread where there is no
 * worker (unit tests, or a worker that failed to start).
 */
export function parseInWorker(
  request: ParseRequest,
  onProgress: (done: number, total: number) => void,
  createWorker: () => Worker | null = createImportWorker,
): Promise<ParseMessage> {
  let worker: Worker | null
  try {
    worker = createWorker()
  } catch {
    worker = null
  }
  if (!worker) return parseFile(request, onProgress)
  const running = worker
  return new Promise((resolve) => {
    running.onmessage = (event: MessageEvent<ParseMessage>) => {
      if (event.data.type === 'progress') {
        onProgress(event.data.done, event.data.total)
        return
      }
      running.terminate()
      resolve(event.data)
    }
    running.onerror = (event) => {
      event.preventDefault()
      running.terminate()
      resolve(parseFile(request, onProgress))
    }
    running.postMessage(request)
  })
}
