import { highlightSegments } from './search'

/** Text with the matched words in <mark>, built as React nodes (never an HTML string). */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  )
}
