import { useEffect } from 'react'
import { z } from 'zod/mini'
import { useSetting } from '../../db/use-setting'

export const ThemePreference = z.enum(['system', 'light', 'dark'])
export type ThemePreference = z.infer<typeof ThemePreference>

export function useThemePreference() {
  return useSetting('theme', ThemePreference, 'system')
}

/** Applies the preference to <html>; "system" leaves the OS's prefers-color-scheme in charge. */
export function useApplyTheme(): void {
  const { value } = useThemePreference()
  useEffect(() => {
    const root = document.documentElement
    if (value === 'system') delete root.dataset.theme
    else root.dataset.theme = value
  }, [value])
}
