import { createHashRouter } from 'react-router'
import { DashboardPage } from '../features/dashboard'
import { Layout } from './Layout'

// The Dashboard, the first page, is part of the entry: its modules are in the entry's one chunk
// (vite.config.ts), not fetched once the entry has run. Every other page is its own chunk,
// loaded when opened (route-level code splitting keeps the first load small).
// A hash router works the same from app://, file-free static hosting and vite preview.
export const router = createHashRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, Component: DashboardPage },
      {
        path: 'catalog',
        lazy: async () => ({
          Component: (await import('../features/catalog/CatalogPage')).default,
        }),
      },
      {
        path: 'catalog/new',
        lazy: async () => ({
          Component: (await import('../features/catalog/ResourceFormPage')).default,
        }),
      },
      {
        path: 'catalog/:id',
        lazy: async () => ({
          Component: (await import('../features/resource-detail/ResourceDetailPage')).default,
        }),
      },
      {
        path: 'catalog/:id/edit',
        lazy: async () => ({
          Component: (await import('../features/catalog/ResourceFormPage')).default,
        }),
      },
      {
        path: 'plan',
        lazy: async () => ({ Component: (await import('../features/plan/PlanPage')).default }),
      },
      {
        path: 'log',
        lazy: async () => ({ Component: (await import('../features/log/LogPage')).default }),
      },
      {
        path: 'notes',
        lazy: async () => ({ Component: (await import('../features/notes/NotesPage')).default }),
      },
      {
        path: 'notes/index',
        lazy: async () => ({
          Component: (await import('../features/notes/open-book-index/IndexPage')).default,
        }),
      },
      {
        path: 'notes/index/print',
        lazy: async () => ({
          Component: (await import('../features/notes/open-book-index/IndexPrintPage')).default,
        }),
      },
      {
        path: 'review',
        lazy: async () => ({ Component: (await import('../features/review/ReviewPage')).default }),
      },
      {
        path: 'coverage',
        lazy: async () => ({
          Component: (await import('../features/coverage/CoveragePage')).default,
        }),
      },
      {
        path: 'exam',
        lazy: async () => ({ Component: (await import('../features/exam/ExamPage')).default }),
      },
      {
        path: 'costs',
        lazy: async () => ({ Component: (await import('../features/costs/CostsPage')).default }),
      },
      {
        path: 'settings',
        lazy: async () => ({
          Component: (await import('../features/settings/SettingsPage')).default,
        }),
      },
      { path: '*', lazy: async () => ({ Component: (await import('./NotFoundPage')).default }) },
    ],
  },
])
