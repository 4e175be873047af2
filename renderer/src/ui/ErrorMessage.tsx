/** A failed read or write, said so the user knows what happened and that nothing was lost. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null
  const message = error instanceof Error ? error.message : String(error)
  return (
    <p role="alert" className="error-banner">
      {message}
    </p>
  )
}
