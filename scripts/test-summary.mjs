// Prints one closing line per runner and a total, from the JSON reports `npm test` writes.
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
let passed = 0
let failed = 0
let skipped = 0

const unit = read('test-results/unit.json')
if (unit) {
  const unitSkipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0)
  console.log(
    `unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unitSkipped} skipped`,
  )
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unitSkipped
} else {
  console.log('unit: no report (the unit tests did not run)')
  failed += 1
}

const e2e = read('test-results/e2e.json')
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped: e2eSkipped = 0 } = e2e.stats ?? {}
  console.log(`e2e: ${expected + flaky} passed, ${unexpected} failed, ${e2eSkipped} skipped`)
  passed += expected + flaky
  failed += unexpected
  skipped += e2eSkipped
} else {
  console.log('e2e: no report (the end-to-end tests did not run)')
  failed += 1
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
