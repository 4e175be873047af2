// The floor under Bastion's start-up: the smallest app on its stack (React 19, Dexie 4, React
// Query 5, built by Vite) that opens a database and shows one table's rows. `npm run bench`
// builds it, serves it beside Bastion and loads both in turn; Bastion's load ÷ this one's is
// the figure. Keep it minimal: anything added here raises the floor.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import Dexie, { type EntityTable } from 'dexie'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

interface Visit {
  id: number
  at: number
}

const db = new Dexie('floor') as Dexie & { visits: EntityTable<Visit, 'id'> }
db.version(1).stores({ visits: '++id, at' })

function Visits() {
  const visits = useQuery({ queryKey: ['visits'], queryFn: () => db.visits.toArray() })
  if (!visits.data) return <p>Loading</p>
  return (
    <p data-floor-ready="true">
      {visits.data.length} earlier visit{visits.data.length === 1 ? '' : 's'}
    </p>
  )
}

const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } })
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <h1>Floor</h1>
      <Visits />
    </QueryClientProvider>
  </StrictMode>,
)
