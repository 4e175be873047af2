/// <reference lib="webworker" />
import { parseFile, type ParseRequest } from './parse-file'

// Parsing a large file here keeps the page responsive; progress goes back as it runs.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<ParseRequest>) => {
  void parseFile(event.data, (done, total) =>
    scope.postMessage({ type: 'progress', done, total }),
  ).then((message) => scope.postMessage(message))
}
