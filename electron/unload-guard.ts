import type { MessageBoxSyncOptions, WebContents } from 'electron'

/**
 * Closing or reloading the window while a form holds unsaved changes: the renderer's
 * beforeunload handler holds the unload (only while something is unsaved), Electron then emits
 * 'will-prevent-unload', and this asks natively. Stay is the default and what Escape means.
 */
export const LEAVE_UNSAVED_QUESTION: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Leave', 'Stay'],
  defaultId: 1,
  cancelId: 1,
  title: 'Unsaved changes',
  message: 'Leave without saving?',
  detail: 'A form in Bastion has changes that are not saved. Leaving now discards them.',
  noLink: true,
}

/** Asks the question and answers with the index of the button chosen (a native message box). */
export type AskToLeave = (options: MessageBoxSyncOptions) => number

/** Whether the page may unload: only when Leave (the first button) was chosen. */
export function leaveChosen(response: number): boolean {
  return response === 0
}

/**
 * The 'will-prevent-unload' handler: preventDefault() on this event lets the unload go ahead
 * (Electron's inverted meaning); otherwise the window stays, with the form as it was.
 */
export function onPreventedUnload(event: { preventDefault: () => void }, ask: AskToLeave): void {
  if (leaveChosen(ask(LEAVE_UNSAVED_QUESTION))) event.preventDefault()
}

/** Wires the question to one window's contents; `ask` must answer synchronously. */
export function guardUnsavedUnload(contents: Pick<WebContents, 'on'>, ask: AskToLeave): void {
  contents.on('will-prevent-unload', (event) => onPreventedUnload(event, ask))
}
