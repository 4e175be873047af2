// Every unit test gets an in-memory IndexedDB (fake-indexeddb); tests reset the database they use.
import 'fake-indexeddb/auto'
