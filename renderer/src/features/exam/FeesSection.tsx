import { useState } from 'react'
import { z } from 'zod'
import { formatIsoDay } from '../../domain/dates'
import { formatMoney, minorToInput, parseMoneyInput } from '../../domain/money'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import { useSetting } from '../../db/use-setting'
import type { CertificationView } from './certification'

const feeLabels = {
  attempt: 'Attempt',
  retake: 'Retake',
  extension: 'Extension',
  renewal: 'Renewal',
} as const

/** The user's own extension fee, in the catalog fee's currency (minor units). */
const UserFee = z.object({ amountMinor: z.number().int().nonnegative() }).nullable()
export const extensionFeeKey = (certificationId: string) => `exam.extensionFee.${certificationId}`

/**
 * The certification's fees from the catalog, each marked when unverified. The extension fee has
 * no checked source at all, so it is an editable default that saves on change.
 */
export function FeesSection({ cert }: { cert: CertificationView }) {
  const fees = cert.details?.fees ?? []
  const extension = fees.find((fee) => fee.kind === 'extension')
  const setting = useSetting(extensionFeeKey(cert.id), UserFee, null)
  const yours = setting.value?.amountMinor
  const [text, setText] = useState<string | null>(null)
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState(false)
  if (fees.length === 0) return null
  const shown =
    text ?? (extension ? minorToInput(yours ?? extension.amountMinor, extension.currency) : '')

  const change = (value: string) => {
    setText(value)
    setSaved(false)
    if (!extension) return
    const parsed = parseMoneyInput(value, extension.currency)
    if (!parsed.ok) return setError(parsed.error)
    setError(undefined)
    void setting.save({ amountMinor: parsed.amountMinor }).then(() => setSaved(true))
  }

  return (
    <section className="card stack" aria-labelledby="fees-heading">
      <h2 id="fees-heading">{cert.shortTitle} fees</h2>
      <p className="muted">
        Prices change: these are defaults to check against what GIAC charges you.
        {cert.asOf ? ` Catalog values as of ${formatIsoDay(cert.asOf)}.` : ''}
      </p>
      <table className="rule-dates">
        <caption className="visually-hidden">Fees</caption>
        <thead>
          <tr>
            <th scope="col">Fee</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {fees.map((fee) => (
            <tr key={fee.kind}>
              <th scope="row">{feeLabels[fee.kind]}</th>
              <td>
                {formatMoney(
                  fee.kind === 'extension' ? (yours ?? fee.amountMinor) : fee.amountMinor,
                  fee.currency,
                )}
                {fee.kind === 'extension' && yours !== undefined ? ' (yours)' : ''}
                {fee.unverified && !(fee.kind === 'extension' && yours !== undefined)
                  ? ' (unverified)'
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {extension ? (
        <div className="field-row">
          <TextField
            label={`Extension fee (${extension.currency})`}
            inputMode="decimal"
            value={shown}
            onChange={change}
            error={error}
            hint="Unverified: no checked source gives GIAC's extension fee. Enter what you are charged."
          />
          {saved ? (
            <span role="status" className="muted">
              Saved
            </span>
          ) : null}
        </div>
      ) : null}
      <ErrorMessage error={setting.error} />
    </section>
  )
}
