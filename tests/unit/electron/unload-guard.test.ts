// @vitest-environment node
import { EventEmitter } from 'node:events'
import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  guardUnsavedUnload,
  LEAVE_UNSAVED_QUESTION,
  leaveChosen,
  onPreventedUnload,
} from '../../../electron/unload-guard'

describe('closing the window with unsaved changes', () => {
  it('asks Leave or Stay, with Stay the default and the answer to Escape', () => {
    expect(LEAVE_UNSAVED_QUESTION.buttons).toEqual(['Leave', 'Stay'])
    expect(LEAVE_UNSAVED_QUESTION.defaultId).toBe(1)
    expect(LEAVE_UNSAVED_QUESTION.cancelId).toBe(1)
    expect(LEAVE_UNSAVED_QUESTION.message).toBe('Leave without saving?')
  })

  it('leaves only on Leave', () => {
    expect(leaveChosen(0)).toBe(true)
    expect(leaveChosen(1)).toBe(false)
    expect(leaveChosen(-1)).toBe(false)
  })

  it('lets the unload go ahead (preventDefault) when Leave is chosen, and not when Stay is', () => {
    const leave = { preventDefault: vi.fn() }
    onPreventedUnload(leave, () => 0)
    expect(leave.preventDefault).toHaveBeenCalledOnce()

    const stay = { preventDefault: vi.fn() }
    onPreventedUnload(stay, () => 1)
    expect(stay.preventDefault).not.toHaveBeenCalled()
  })

  it("answers the window's will-prevent-unload with the question", () => {
    const contents = new EventEmitter()
    const ask = vi.fn(() => 1)
    guardUnsavedUnload(contents as unknown as WebContents, ask)
    const event = { preventDefault: vi.fn() }
    contents.emit('will-prevent-unload', event)
    expect(ask).toHaveBeenCalledWith(LEAVE_UNSAVED_QUESTION)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })
})
