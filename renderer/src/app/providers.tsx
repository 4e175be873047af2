import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode } from 'react'
import { invalidateOnStorageChange } from '../db/change-feed'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // IndexedDB is local: data is fresh until the change feed says otherwise.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient)
  useEffect(() => invalidateOnStorageChange(client), [client])
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
