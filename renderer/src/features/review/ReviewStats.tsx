import { useMemo } from 'react'
import { formatIsoDay } from '../../domain/dates'
import { useAllCards, useReviewLogs } from './hooks'
import { cardsByState, recallRate, reviewsPerDay } from './stats'

const DAYS = 14

/** Review stats: reviews per day, recall rate and cards by state. Mounted only when opened. */
export function ReviewStats({ today }: { today: string }) {
  const logs = useReviewLogs(30, today)
  const cards = useAllCards()
  const perDay = useMemo(() => reviewsPerDay(logs.data ?? [], today, DAYS), [logs.data, today])
  const rate = useMemo(() => recallRate(logs.data ?? []), [logs.data])
  const states = useMemo(() => cardsByState(cards.data ?? []), [cards.data])
  const most = Math.max(1, ...perDay.map((day) => day.reviews))
  return (
    <div className="stack review-stats">
      <p>
        Recall rate (last 30 days):{' '}
        <strong>
          {rate === null ? 'no reviews of learnt cards yet' : `${Math.round(rate * 100)} %`}
        </strong>
      </p>
      <table className="review-state-table">
        <caption>Cards by state</caption>
        <tbody>
          {(
            [
              ['New', states.new],
              ['Learning', states.learning],
              ['Review', states.review],
              ['Relearning', states.relearning],
              ['Suspended', states.suspended],
            ] as const
          ).map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="review-days">
        <caption>Reviews per day, last {DAYS} days</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Reviews</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {perDay.map((day) => (
            <tr key={day.day}>
              <th scope="row">
                {formatIsoDay(day.day, undefined, {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                })}
              </th>
              <td>
                <span className="review-bar" style={{ width: `${(day.reviews / most) * 6}rem` }} />{' '}
                {day.reviews}
              </td>
              <td>{Math.round(day.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
