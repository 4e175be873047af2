import { storageErrorMessage } from '../db/storage-errors'

/** A failed read or write, said so the user knows what happened and that nothing was lost. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null
  const message = storageErrorMessage(error)
  return (
    <p role="alert" className="error-banner">
      {message}
    </p>
  )
}
