import { bandLabels, readinessWeights, type Readiness } from './readiness'

export function ReadinessSection({ result }: { result: Readiness }) {
  return (
    <section className="card stack" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness</h2>
      <p
        className={`readiness-score band-${result.band}`}
        role="status"
        aria-label="Readiness estimate"
      >
        {result.score === null
          ? bandLabels.unknown
          : `${result.score} of 100: ${bandLabels[result.band]}`}
      </p>
      <p className="muted">
        An estimate, not a prediction. It is the weighted mean of the parts below that have data:
        practice scores count {readinessWeights.practice * 100}%, objective confidence{' '}
        {readinessWeights.confidence * 100}% and path progress {readinessWeights.path * 100}%. A
        missing part is left out and the others are scaled up, never counted as zero. 75 or more
        reads as likely ready, 50 to 74 as getting there, below 50 as not ready yet.
      </p>
      <table className="data-table">
        <caption>What went in</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Value</th>
            <th scope="col">Weight</th>
            <th scope="col">How it was worked out</th>
          </tr>
        </thead>
        <tbody>
          {result.parts.map((part) => (
            <tr key={part.name}>
              <th scope="row">{part.name}</th>
              <td>{part.value === null ? 'Missing' : part.value}</td>
              <td>{part.weight * 100}%</td>
              <td>{part.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
