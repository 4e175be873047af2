import { Loading } from '../ui/Loading'
import { Suspense } from 'react'
import { NavLink, Outlet } from 'react-router'
import { CoverageKeeper, usePrefetchCoverage } from '../features/coverage'
import { StudyReminderTimer } from '../features/plan'
import { useApplyTheme } from '../features/settings'
import { navigation } from './navigation'
import { AfterFirstPage } from './AfterFirstPage'
import { ErrorBoundary } from './ErrorBoundary'
import { UndoToastProvider } from '../ui/undo-toast'
import { DiscardChangesProvider } from '../ui/discard-changes'

export function Layout() {
  useApplyTheme()
  // Pages whose first open reads a lot start reading when their link is hovered or clicked.
  const prefetchCoverage = usePrefetchCoverage()
  const prefetch: Partial<Record<string, () => void>> = { '/coverage': prefetchCoverage }
  return (
    <UndoToastProvider>
      <DiscardChangesProvider>
        <div className="shell">
          <StudyReminderTimer />
          <AfterFirstPage />
          <CoverageKeeper />
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="app-header">
            <span className="brand" aria-hidden="true">
              <svg viewBox="0 0 32 32" width="24" height="24" focusable="false">
                <path
                  d="M16 2 4 7v8c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V7L16 2Z"
                  fill="currentColor"
                />
                <path d="M11 13h3v-3h4v3h3v9H11z" fill="var(--surface)" />
              </svg>
            </span>
            <span className="brand-name">Bastion</span>
            <span className="brand-tagline">AI security study &amp; GSEC preparation</span>
          </header>
          <nav className="app-nav" aria-label="Main">
            <ul>
              {navigation.map((item) => (
                <li key={item.path}>
                  <NavLink
                    to={item.path}
                    end={item.path === '/'}
                    onClick={prefetch[item.path]}
                    onPointerEnter={prefetch[item.path]}
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <main id="main" className="app-main" tabIndex={-1}>
            <ErrorBoundary>
              <Suspense fallback={<Loading />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </main>
        </div>
      </DiscardChangesProvider>
    </UndoToastProvider>
  )
}
