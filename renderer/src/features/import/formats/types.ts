/**
 * import-formats lane: plug in here.
 *
 * The contract every import format implements. A format comes in two parts, so the Web Worker
 * that parses files never loads the database:
 * - a `FormatParser` (pure: sniffing and parsing, no `db`, no DOM), listed in `parsers.ts` and run
 *   in the import worker;
 * - an `ImportFormat` (main thread: `plan` reads the store, `apply` writes it), listed in
 *   `registry.ts`.
 * Add one line to each list. The import feature (picker, worker, preview, one transaction, report,
 * history, undo) does the rest: formats never open a transaction, record history or undo.
 */
import type { TableName } from '../../../db/database'

/** Values of a format's options as the user chose them (ISO days for dates), by option key. */
export type ImportOptions = Readonly<Record<string, string>>

/** An option the picker asks for before parsing (e.g. the range recurring events expand in). */
export interface ImportOptionField {
  key: string
  label: string
  type: 'date' | 'text'
  /** The value shown at first (called when the picker opens, so "today" is fresh). */
  initial: () => string
  hint?: string
}

export interface ParseInput {
  fileName: string
  bytes: Uint8Array
  options: ImportOptions
}

/**
 * One entry of the file: a clipping, a CSV row, an event, a card. `value` must survive
 * `structuredClone` (it crosses from the worker): plain objects, arrays, strings, numbers.
 */
export interface ParsedRow<Value = unknown> {
  /** 1-based line (text files) or row (CSV, counting the header as 1) where the entry starts. */
  line: number
  /** Short human text naming the entry in the preview and the report. */
  label: string
  /** What the entry is, as a user calls it, singular: "highlight", "note", "book", "session". */
  kind: string
  /** Absent when `error` is set. */
  value?: Value
  /** Why this entry cannot be imported, in plain words ("no date on the metadata line"). */
  error?: string
}

/** Thrown by `parse` when the file as a whole cannot be read; its message is shown as it is. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
}

/** Rows now, or later for a parser that must first load WebAssembly (Anki's SQLite, sql.js). */
export type ParseResult<Value = unknown> = ParsedRow<Value>[] | Promise<ParsedRow<Value>[]>

export interface FormatParser<
  Value = unknown,
  Result extends ParseResult<Value> = ParsedRow<Value>[],
> {
  /** Stable id, stored in the import history: 'kindle', 'goodreads', 'ics', 'anki'… */
  id: string
  /** The clear name shown in the picker: 'Kindle “My Clippings.txt”'. */
  label: string
  /** File-name endings the picker offers, lower case with the dot: ['.txt']. */
  extensions: readonly string[]
  /** Options asked before parsing; most formats have none. */
  options?: readonly ImportOptionField[]
  /** Whether this file is this format, by its name AND its first bytes (up to 64 KiB). */
  accepts(fileName: string, firstBytes: Uint8Array): boolean
  /**
   * Every entry of the file, in file order; bad entries are rows with `error`, not exceptions.
   * Pure and synchronous (runs in a worker). `progress(done, total)` may be called as it goes.
   */
  parse(input: ParseInput, progress?: (done: number, total: number) => void): Result
}

/** What importing a row will do, worked out against the store before anything changes. */
export type RowFate =
  | { status: 'new'; detail?: string }
  | { status: 'update'; detail: string }
  | { status: 'duplicate'; detail: string }
  /** Read fine, but nothing in Bastion takes it (a Kindle bookmark has no text). */
  | { status: 'skip'; detail: string }
  | { status: 'error'; detail: string }

/** Read access to the store while planning (memoised per plan: read a table as often as needed). */
export interface ImportLookup {
  /** Every row of a logical table (packed tables unpacked), as backups name them. */
  rows<Row>(table: TableName): Promise<readonly Row[]>
}

export interface PlannedRow<Value = unknown> extends ParsedRow<Value> {
  fate: RowFate
}

/**
 * A row `apply` added (no `before`) or changed (`before`: the whole row as it was). Undo removes
 * an added row, or puts `before` back, unless the user has changed the row since.
 */
export interface ImportedRef {
  table: TableName
  /** The row's primary key (for resourceProgress: its resourceId). */
  id: string
  /** Human name for undo's report: 'Quote “Security is a process…” in Threat Modeling'. */
  label: string
  before?: unknown
}

export interface ApplyContext {
  importId: string
  /** The instant to stamp createdAt/updatedAt with. */
  now: number
  /** The store as it is inside the import's transaction (re-plan against it: it may have moved). */
  lookup: ImportLookup
  /**
   * Adds rows to a logical table or replaces them by primary key, packed tables included: the
   * one way a format writes, so format files never touch `db`.
   */
  put(table: TableName, rows: readonly object[]): Promise<void>
}

export interface ImportFormat<
  Value = unknown,
  Result extends ParseResult<Value> = ParseResult<Value>,
> {
  parser: FormatParser<Value, Result>
  /**
   * One fate per row, same order. Rows that already carry `error` get an error fate. Duplicates
   * within the file count too (the second of two equal rows is a duplicate of the first).
   */
  plan(
    rows: readonly ParsedRow<Value>[],
    lookup: ImportLookup,
    options: ImportOptions,
  ): Promise<RowFate[]>
  /**
   * Writes the rows the user kept ticked (only 'new' and 'update' fates reach here). Runs inside
   * one read-write Dexie transaction over every table, opened by the import feature: read with
   * `context.lookup`, write with `context.put`, and await nothing else (no fetch, no timers).
   * Returns every row it added or changed (with `before`), for the history and Undo.
   */
  apply(
    rows: readonly PlannedRow<Value>[],
    context: ApplyContext,
    options: ImportOptions,
  ): Promise<ImportedRef[]>
}

/** Any parser, synchronous or not: what the parser list holds (await what `parse` returns). */
export type AnyFormatParser = FormatParser<unknown, ParseResult>

/** Erases a parser's value type so parsers of different formats fit in one list. */
export function defineParser<Value>(parser: FormatParser<Value>): FormatParser {
  return parser as FormatParser
}

/** Erases an asynchronous parser's value type for the parser list. */
export function defineAsyncParser<Value>(
  parser: FormatParser<Value, Promise<ParsedRow<Value>[]>>,
): AnyFormatParser {
  return parser as unknown as AnyFormatParser
}

/** Erases a format's value type so formats fit in one list (a parser's own result kept). */
export function defineFormat<Value, Result extends ParseResult<Value> = ParsedRow<Value>[]>(
  format: ImportFormat<Value, Result>,
): ImportFormat<unknown, Result> {
  return format as unknown as ImportFormat<unknown, Result>
}
