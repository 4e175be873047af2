import { PATH_PROGRESS_RULE } from '../../domain/path-progress'
import { toPercent } from '../../domain/progress'

export interface ReadinessInputs {
  /** Practice test scores, in any order; dates are ISO days. */
  practiceScores: readonly { date: string; scorePercent: number }[]
  passMarkPercent: number
  /** Each objective's confidence 0 to 5, or null when not rated yet. */
  confidences: readonly (number | null)[]
  /** Share of the study path done, 0 to 1, or null when there is no path yet. */
  pathProgress: number | null
}

export interface ReadinessPart {
  name: string
  /** 0 to 100, or null when the input is missing. */
  value: number | null
  weight: number
  explanation: string
}

export type ReadinessBand = 'unknown' | 'not-ready' | 'getting-there' | 'likely-ready'

export interface Readiness {
  score: number | null
  band: ReadinessBand
  parts: ReadinessPart[]
}

export const readinessWeights = { practice: 0.5, confidence: 0.3, path: 0.2 } as const
/** Most recent practice tests count more: weights for the latest, the one before, and so on. */
const recentWeights = [3, 2, 1]

export const bandLabels: Record<ReadinessBand, string> = {
  unknown: 'Not enough information yet',
  'not-ready': 'Not ready yet',
  'getting-there': 'Getting there',
  'likely-ready': 'Likely ready',
}

const round1 = (value: number) => Math.round(value * 10) / 10
const clamp = (value: number) => Math.min(100, Math.max(0, value))

function practicePart(inputs: ReadinessInputs): ReadinessPart {
  const recent = [...inputs.practiceScores]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, recentWeights.length)
  const weight = readinessWeights.practice
  if (recent.length === 0) {
    return {
      name: 'Practice scores',
      value: null,
      weight,
      explanation: 'Missing: no practice test recorded yet.',
    }
  }
  let sum = 0
  let weights = 0
  recent.forEach((test, index) => {
    sum += test.scorePercent * recentWeights[index]!
    weights += recentWeights[index]!
  })
  const average = sum / weights
  const pass = inputs.passMarkPercent
  // At the pass mark: 75; 10 points above it: 100; 30 points below it: 0.
  const value = clamp(75 + (average - pass) * 2.5)
  return {
    name: 'Practice scores',
    value: round1(value),
    weight,
    explanation:
      `Weighted average of your ${recent.length} most recent score${recent.length === 1 ? '' : 's'} ` +
      `(${recent.map((t) => `${t.scorePercent}%`).join(', ')}; newest counts ${recentWeights
        .slice(0, recent.length)
        .join(':')}) is ${round1(average)}%. Against the pass mark of ${pass}%: at the pass mark ` +
      `this part is 75, 10 points above it 100, 30 points below it 0, so ${round1(value)}.`,
  }
}

function confidencePart(inputs: ReadinessInputs): ReadinessPart {
  const rated = inputs.confidences.filter((c): c is number => c !== null && Number.isFinite(c))
  const weight = readinessWeights.confidence
  if (rated.length === 0) {
    return {
      name: 'Objective confidence',
      value: null,
      weight,
      explanation: 'Missing: no objective has a confidence yet.',
    }
  }
  const mean = rated.reduce((a, b) => a + b, 0) / rated.length
  const value = clamp((mean / 5) * 100)
  return {
    name: 'Objective confidence',
    value: round1(value),
    weight,
    explanation: `Mean confidence ${round1(mean)} of 5 over ${rated.length} of ${inputs.confidences.length} objectives rated, as a share of 5: ${round1(value)}.`,
  }
}

function pathPart(inputs: ReadinessInputs): ReadinessPart {
  const weight = readinessWeights.path
  if (inputs.pathProgress === null || !Number.isFinite(inputs.pathProgress)) {
    return {
      name: 'Path progress',
      value: null,
      weight,
      explanation: 'Missing: your study plan has nothing that counts yet.',
    }
  }
  // The same whole percent the Dashboard and the Plan show, so the three pages agree.
  const value = toPercent(inputs.pathProgress)
  return {
    name: 'Path progress',
    value,
    weight,
    explanation: `${value}% of your study path is done. ${PATH_PROGRESS_RULE}`,
  }
}

/** A readable readiness estimate: a weighted mean of the parts that are present. */
export function readiness(inputs: ReadinessInputs): Readiness {
  const parts = [practicePart(inputs), confidencePart(inputs), pathPart(inputs)]
  const present = parts.filter((part) => part.value !== null)
  const totalWeight = present.reduce((sum, part) => sum + part.weight, 0)
  if (present.length === 0 || totalWeight === 0) return { score: null, band: 'unknown', parts }
  const score = Math.round(
    present.reduce((sum, part) => sum + part.value! * part.weight, 0) / totalWeight,
  )
  const band: ReadinessBand =
    score >= 75 ? 'likely-ready' : score >= 50 ? 'getting-there' : 'not-ready'
  return { score, band, parts }
}
