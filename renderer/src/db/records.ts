import type { CatalogEntry, ResourceFields } from './resource-schema'

/** Epoch milliseconds: an instant. Calendar days are ISO `yyyy-MM-dd` strings. */
export type Instant = number
export type IsoDay = string

/** A resource: a catalog entry (with the user's overrides kept apart) or the user's own. */
export interface ResourceRecord {
  id: string
  origin: 'catalog' | 'custom'
  /** The shipped catalog values, or for a custom resource the user's values. */
  base: ResourceFields
  /** The user's edits of a catalog entry, field by field; they survive catalog updates. */
  overrides: Partial<ResourceFields>
  /** Catalog facts the user does not edit. */
  catalog?: Pick<CatalogEntry, 'source' | 'unverified' | 'corrections' | 'certification'> & {
    catalogVersion: number
  }
  /** Set when a newer catalog dropped the entry but the user had used it. */
  removedFromCatalog?: boolean
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface SettingRecord {
  key: string
  value: unknown
}

export interface MetaRecord {
  key: string
  value: unknown
}

// Tables below belong to later features; each feature owns its record's fields.

export type ProgressStatus = 'not-started' | 'in-progress' | 'done' | 'skipped'

export interface PlanItemRecord {
  id: string
  resourceId: string
  position: number
  plannedMinutes?: number
  targetStart?: IsoDay
  targetFinish?: IsoDay
  addedAt: Instant
  /** The last save of the item's editor (absent until it is first edited: `addedAt` counts). */
  updatedAt?: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface StudySessionRecord {
  id: string
  date: IsoDay
  minutes: number
  resourceId: string
  /** What was covered, in the user's words. */
  covered: string
  /** Units (modules, chapters, pages, sections or percent) this session moved progress on. */
  unitsAdvanced?: number
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface ResourceProgressRecord {
  resourceId: string
  status: ProgressStatus
  completedOn?: IsoDay
  unitsDone?: number
  unitsTotal?: number
  unit?: 'modules' | 'chapters' | 'pages' | 'sections' | 'percent'
  /** A certificate URL or file name, recorded when marked completed. */
  certificate?: string
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface ProgressEventRecord {
  id: string
  resourceId: string
  at: Instant
  status?: ProgressStatus
  unitsDone?: number
  unitsTotal?: number
  unit?: ResourceProgressRecord['unit']
  completedOn?: IsoDay
  /** What caused the change, e.g. "Session logged" or "Marked completed". */
  note?: string
}

export interface NoteRecord {
  id: string
  /** The book or course the note is about; absent for a free-standing note. */
  resourceId?: string
  title: string
  /** Markdown. */
  body: string
  tags: string[]
  /** GSEC objective ids (`objectiveId()`) and OWASP LLM ids ('LLM01'…). */
  objectiveIds: string[]
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
  /** Schema 9 only (db/coverage-keys.ts): schema 10 keeps it in its own store. */
  coverage?: CoverageKey
}

export type LocatorKind = 'page' | 'pages' | 'chapter' | 'percent' | 'text'

/** Where a quote sits in its book: typed, with the text the user sees. */
export interface Locator {
  kind: LocatorKind
  display: string
  /** page, first page, chapter number or percent, when numeric. */
  from?: number
  /** last page of a range. */
  to?: number
}

export interface QuoteRecord {
  id: string
  resourceId?: string
  text: string
  locator: Locator | null
  comment: string
  tags: string[]
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface IndexEntryRecord {
  id: string
  term: string
  note: string
  resourceId?: string
  /** Pages as the user wrote them, normalised ("p. 42, pp. 57–59"). */
  pages: string
  tags: string[]
  objectiveIds: string[]
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export const attemptStatuses = ['planning', 'registered', 'scheduled', 'passed', 'failed'] as const
export type AttemptStatus = (typeof attemptStatuses)[number]

export interface ChecklistItem {
  id: string
  label: string
  done: boolean
}

export interface ExamAttemptRecord {
  id: string
  certificationId: string
  startDate: IsoDay
  /** The user's own deadline; absent means the rule's (start + attempt window). */
  deadlineOverride?: IsoDay
  /** Scheduled exam: local wall-clock date and time in an IANA time zone. */
  examDate?: IsoDay
  examTime?: string
  timeZone?: string
  delivery: 'remote' | 'test-centre'
  status: AttemptStatus
  /** For a failed attempt: the date of the last failed exam and how many failures so far. */
  failedOn?: IsoDay
  failures?: number
  passedOn?: IsoDay
  checklist: ChecklistItem[]
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface ObjectiveRecord {
  id: string
  certificationId: string
  position: number
  title: string
  /** 0 to 5; null until the user rates it. */
  confidence: number | null
  resourceIds: string[]
  lastReviewed?: IsoDay
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface PracticeTestRecord {
  id: string
  certificationId: string
  date: IsoDay
  scorePercent: number
  label?: string
  weakObjectiveIds: string[]
  createdAt: Instant
}

export interface CpeActivityRecord {
  id: string
  certificationId: string
  date: IsoDay
  description: string
  credits: number
  createdAt: Instant
}

export const expenseCategories = [
  'course',
  'book',
  'exam-attempt',
  'retake',
  'extension',
  'renewal',
  'practice-test',
  'other',
] as const
export type ExpenseCategory = (typeof expenseCategories)[number]

/** Written by Costs, and by Plan (a resource's price as a planned expense) and Log (amount paid). */
export interface ExpenseRecord {
  id: string
  date: IsoDay
  description: string
  category: ExpenseCategory
  amountMinor: number
  currency: string
  status: 'planned' | 'paid'
  resourceId?: string
  attemptId?: string
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

export interface BudgetRecord {
  currency: string
  amountMinor: number
}

/**
 * How study sessions are stored (schema version 2 on): one record per calendar day holding that
 * day's sessions. Restoring 10,000 sessions as 10,000 IndexedDB records took seconds, because
 * IndexedDB's cost is per record, not per byte; a day is also the unit the Log, the heatmap and
 * the plan read by. Backups and CSV still carry one row per session (db/packed.ts unpacks).
 */
export interface SessionDayRecord {
  date: IsoDay
  sessions: StudySessionRecord[]
  /** Indexed (multiEntry): the days a resource was studied on. */
  resourceIds: string[]
  /** Indexed (multiEntry): finds a session's day by its id. */
  sessionIds: string[]
}

/** How quotes are stored (schema version 2 on): one record per resource, like index entries. */
export interface QuoteBookRecord {
  resourceId: string
  quotes: QuoteRecord[]
  /** Indexed (multiEntry): finds a quote's book by its id. */
  quoteIds: string[]
  /** Indexed (multiEntry, schema 8 on): every tag of its quotes (packed.ts `rowTags`). */
  tags: string[]
  /** Schema 9 only: what Coverage needs of its quotes (db/coverage-keys.ts has it from 10). */
  coverage?: CoverageKey
}

/**
 * How open-book index entries are stored (schema version 2 on): one record per resource (the
 * book the entries point into; `''` for entries without one), for the same reason as
 * `SessionDayRecord`. An exam index is printed and searched per book anyway.
 */
export interface IndexBookRecord {
  resourceId: string
  entries: IndexEntryRecord[]
  /** Indexed (multiEntry): finds an entry's book by its id. */
  entryIds: string[]
  /** Indexed (multiEntry, schema 8 on): every tag and framework link of its entries. */
  tags: string[]
  /** Schema 9 only: what Coverage needs of its entries (db/coverage-keys.ts has it from 10). */
  coverage?: CoverageKey
}

/** ts-fsrs ratings a review can give: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type ReviewRating = 1 | 2 | 3 | 4

/** A card's FSRS memory state (ts-fsrs's Card, instants as epoch ms). */
export interface ReviewMemory {
  due: Instant
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number
  lastReview?: Instant
}

export type ReviewSourceKind = 'note' | 'quote' | 'indexEntry'

/** Where a card came from; `seenUpdatedAt` is the source's updatedAt the card was made from. */
export interface ReviewSource {
  kind: ReviewSourceKind
  id: string
  seenUpdatedAt: Instant
}

/**
 * A review card, made on purpose by the user (from a note selection, a quote, an index entry
 * or from scratch). Review state lives here and in the review log, never inside notes.
 */
export interface ReviewCardRecord {
  id: string
  kind: 'cloze' | 'qa'
  /** A cloze's text with `{{gaps}}`, or a question. */
  front: string
  /** The answer of a question card; unused by a cloze. */
  back: string
  source?: ReviewSource
  resourceId?: string
  tags: string[]
  /** Framework tags, as notes carry them (GSEC objective ids, OWASP LLM ids). */
  objectiveIds: string[]
  suspended: boolean
  memory: ReviewMemory
  createdAt: Instant
  updatedAt: Instant
  /** Counts saves; an editor based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
}

/** One answer given to a card (what ts-fsrs logs, plus the day and how long it took). */
export interface ReviewLogRecord {
  id: string
  cardId: string
  /** The local calendar day of the review. */
  date: IsoDay
  at: Instant
  rating: ReviewRating
  /** State, due, stability and difficulty before this answer (ts-fsrs's ReviewLog). */
  state: number
  due: Instant
  stability: number
  difficulty: number
  scheduledDays: number
  learningSteps: number
  /** From showing the card to answering it, in milliseconds. */
  durationMs: number
}

/**
 * How cards are stored (schema version 4 on): one record per resource (`''` for cards without
 * one), like index entries. `dueKeys` holds one key per active card, `<due padded>:<id>`, so
 * the due count is an index count and never reads a card.
 */
export interface ReviewCardBookRecord {
  resourceId: string
  cards: ReviewCardRecord[]
  /** Indexed (multiEntry): finds a card's book by its id. */
  cardIds: string[]
  /** Indexed (multiEntry): one key per card that is not suspended. */
  dueKeys: string[]
  /** Indexed (multiEntry, schema 8 on): every tag and framework link of its cards. */
  tags: string[]
  /** Schema 9 only: what Coverage needs of its cards (db/coverage-keys.ts has it from 10). */
  coverage?: CoverageKey
}

/**
 * A record's coverage key (schema 9, db/coverage-keys.ts): its rows' tags once, and per tagged
 * row (or group of alike rows) what Coverage computes levels from, in one string: an index key
 * the Coverage page reads without reading the record.
 */
export type CoverageKey = string

/** How the review log is stored (schema version 4 on): one record per day, like sessions. */
export interface ReviewDayRecord {
  date: IsoDay
  reviews: ReviewLogRecord[]
  /** Indexed (multiEntry): finds a review's day by its id. */
  logIds: string[]
  /** Indexed (multiEntry): the days a card was reviewed on. */
  cardIds: string[]
  /**
   * Schemas 6 to 9 only: [date, answers, their milliseconds], an index the Dashboard read as keys.
   * From schema 10 the summaries have their own store (db/review-day-summaries.ts).
   */
  summary?: [IsoDay, number, number]
}

/** What became of one entry of an imported file (see features/import/formats/types.ts). */
export type ImportRowStatus = 'new' | 'update' | 'duplicate' | 'error' | 'skip' | 'unticked'

/** One line of an import's report: every entry of the file, whatever became of it. */
export interface ImportReportRow {
  /** 1-based line or row number in the file. */
  line: number
  kind: string
  label: string
  status: ImportRowStatus
  detail: string
}

/** A row an import added (no `before`) or changed (`before`: the row as it was). */
export interface ImportedRowRef {
  /** The logical table, as backups name it. */
  table: string
  id: string
  label: string
  before?: unknown
  /** The row as the import left it (a hash of its JSON): a different one means the user edited it. */
  fingerprint: string
}

/** One import, kept in the history (schema 8 on): its report, and what Undo would remove. */
export interface ImportRecord {
  id: string
  at: Instant
  formatId: string
  formatLabel: string
  fileName: string
  rows: ImportReportRow[]
  added: ImportedRowRef[]
  /** When it was undone; absent while its rows are in. */
  undoneAt?: Instant
  /** What Undo left in place because it was changed since (labels). */
  keptOnUndo?: string[]
}
