/// <reference lib="webworker" />
import { GroupsReader } from './groups-reader'
import type { KeyGroupsRequest, KeyGroupsResponse } from './keys-worker'

// Reads the grouped coverage keys here, and when a write has staled them groups the keys
// afresh, so neither the keys' deserialization nor the pass over some 12,000 entries holds
// the page's thread. The database stays open between reads (groups-reader.ts).
const scope = self as unknown as DedicatedWorkerGlobalScope
const reader = new GroupsReader()

scope.onmessage = async (event: MessageEvent<KeyGroupsRequest>) => {
  const message = event.data
  if (message.type === 'open') {
    reader.open(message.database).catch(() => undefined)
    return
  }
  let response: KeyGroupsResponse
  try {
    const groups = await reader.read(message.database, message.ids)
    response = message.type === 'keep' ? { id: message.id, kept: true } : { id: message.id, groups }
  } catch (error) {
    response = { id: message.id, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
