// The frameworks feature's door: framework lists for pages, the tag input, the move to 2026.
export { useFrameworkItems, useFrameworks } from './hooks'
export { TagInput } from './TagInput'
export { FrameworkTagsSection } from './FrameworkTagsSection'
