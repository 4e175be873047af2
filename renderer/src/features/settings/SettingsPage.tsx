import { useQuery } from '@tanstack/react-query'
import { desktopApi } from '../../platform'
import { PageHeader } from '../../ui/PageHeader'
import { FrameworkTagsSection } from '../frameworks'
import { LogSettings } from '../log'
import { StudyReminderSettings } from '../plan'
import { AutomaticBackupsSection, BackupSection, CsvExportSection, StorageSection } from '../backup'
import { ImportSection } from '../import'
import { ThemePreference, useThemePreference } from './theme'

const themeLabels: Record<ThemePreference, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
}

function AppearanceSettings() {
  const theme = useThemePreference()
  return (
    <section className="card" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <fieldset>
        <legend>Theme</legend>
        {ThemePreference.options.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="theme"
              value={option}
              checked={theme.value === option}
              onChange={() => void theme.save(option)}
            />
            {themeLabels[option]}
          </label>
        ))}
      </fieldset>
    </section>
  )
}

function AboutSection() {
  const info = useQuery({
    queryKey: ['platform', 'app-info'],
    queryFn: () => desktopApi.getAppInfo(),
  })
  const value = info.data?.ok ? info.data.value : null
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      {value ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>
            {value.name} {value.version} (
            {value.platform === 'desktop' ? 'desktop app' : 'web preview'})
          </dd>
          <dt>Where your data lives</dt>
          <dd>{value.dataLocation}</dd>
        </dl>
      ) : (
        <p className="muted">Reading app information…</p>
      )}
    </section>
  )
}

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" />
      <div className="stack">
        <AppearanceSettings />
        <LogSettings />
        <StudyReminderSettings />
        <FrameworkTagsSection />
        <BackupSection />
        <AutomaticBackupsSection />
        <CsvExportSection />
        <ImportSection />
        <StorageSection />
        <AboutSection />
      </div>
    </>
  )
}
