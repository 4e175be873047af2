import type { TextSegment } from './result-lines'

/** Text with the matched words in <mark>, built as React nodes (never an HTML string). */
export function Highlight({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  )
}
