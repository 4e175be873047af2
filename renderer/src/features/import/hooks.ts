import { useMutation, useQuery } from '@tanstack/react-query'
import type { ImportRecord } from '../../db/records'
import { desktopApi } from '../../platform'
import type { ImportFormat, ImportOptions, ParsedRow } from './formats/types'
import { reportCsv, reportFileName } from './report'
import { listImports, planImport, runImport, undoImport, type ImportRequest } from './repository'

export function useImportHistory() {
  return useQuery({ queryKey: ['imports'], queryFn: listImports })
}

/** Works out every row's fate against the store (reads only). */
export function usePlanImport() {
  return useMutation({
    mutationFn: (input: { format: ImportFormat; rows: ParsedRow[]; options: ImportOptions }) =>
      planImport(input.format, input.rows, input.options),
  })
}

export function useRunImport() {
  return useMutation({ mutationFn: (request: ImportRequest) => runImport(request) })
}

export function useUndoImport() {
  return useMutation({ mutationFn: (id: string) => undoImport(id) })
}

/** Saves the report as CSV through the platform's save-file door. */
export function useDownloadReport() {
  return useMutation({
    mutationFn: async (record: ImportRecord) => {
      const result = await desktopApi.saveFile({
        suggestedName: reportFileName(record),
        content: reportCsv(record),
        mimeType: 'text/csv',
      })
      if (!result.ok) throw new Error(result.error)
      return result.value.saved
    },
  })
}
