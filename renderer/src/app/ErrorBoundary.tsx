import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/** A page that crashes says so and offers a retry; the rest of the app and all data stay. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Bastion page error', error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <section role="alert" className="error-banner">
        <h1>Something went wrong on this page</h1>
        <p>{this.state.error.message}</p>
        <p>Your data is safe: nothing was changed. Try again, or go to another page.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    )
  }
}
