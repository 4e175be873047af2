import { ImportFileError } from './types'

/**
 * A text file's bytes as text: UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with
 * that mark. Refuses binary data (NUL bytes or undecodable bytes in the first 64 KiB), so a
 * photo or a zip picked by mistake gets a plain message rather than a preview of garbage.
 */
export function decodeText(bytes: Uint8Array, what: string): string {
  const head = bytes.subarray(0, 65_536)
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (head.includes(0)) throw notText(what)
  const sample = new TextDecoder('utf-8').decode(head)
  const broken = sample.match(/\uFFFD/g)?.length ?? 0
  // A cut in the middle of a character at the 64 KiB mark decodes as one or two U+FFFD.
  if (broken > 2) throw notText(what)
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
}

function notText(what: string): ImportFileError {
  return new ImportFileError(
    `This file is not text, so it cannot be ${what}. Nothing was imported. Choose the file again.`,
  )
}

/** Text for a label or a report: whitespace run together, cut to `width` with an ellipsis. */
export function shorten(text: string, width = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= width ? flat : `${flat.slice(0, width - 1).trimEnd()}…`
}

/** Text folded for comparing titles and quotes: case, accents, punctuation and spacing ignored. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
