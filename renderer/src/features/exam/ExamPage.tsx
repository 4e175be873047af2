import { SelectField } from '../../ui/SelectField'
import { Loading } from '../../ui/Loading'
import { useMemo, useState } from 'react'
import { useResources } from '../catalog'
import { GSEC_CERTIFICATION_ID } from '../../domain/objectives'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { AttemptCard } from './AttemptCard'
import { AttemptForm } from './AttemptForm'
import { certificationsOf } from './certification'
import { ExamFactsSection, useExamFacts } from './ExamFactsSection'
import { FeesSection } from './FeesSection'
import {
  useAddAttempt,
  useAttempts,
  useCpe,
  useObjectives,
  usePathProgress,
  usePracticeTests,
} from './hooks'
import { ObjectivesSection } from './ObjectivesSection'
import { PracticeTestsSection } from './PracticeTestsSection'
import { readiness } from './readiness'
import { ReadinessSection } from './ReadinessSection'
import { RenewalSection } from './RenewalSection'
import './exam.css'

export default function ExamPage() {
  const resources = useResources()
  const certifications = useMemo(() => certificationsOf(resources.data ?? []), [resources.data])
  const [picked, setPicked] = useState(GSEC_CERTIFICATION_ID)
  const cert = certifications.find((c) => c.id === picked) ?? certifications[0]
  const certId = cert?.id ?? picked
  const attempts = useAttempts()
  const addAttempt = useAddAttempt()
  const [adding, setAdding] = useState(false)
  const objectives = useObjectives(certId)
  const tests = usePracticeTests(certId)
  const cpe = useCpe(certId)
  const path = usePathProgress()
  const facts = useExamFacts(cert)

  const mine = (attempts.data ?? []).filter((a) => a.certificationId === certId)
  const passed = mine.find((a) => a.status === 'passed')
  const passedOn = passed ? (passed.passedOn ?? passed.examDate ?? null) : null
  const result = readiness({
    practiceScores: tests.data ?? [],
    passMarkPercent: facts.passMarkPercent,
    confidences: (objectives.data ?? []).map((o) => o.confidence),
    pathProgress: path.data?.fraction ?? null,
  })

  if (resources.isLoading) return <Loading />
  return (
    <>
      <PageHeader
        title="Exam"
        intro="Your attempts and their deadlines, the exam objectives, practice scores, a readiness estimate you can check, and renewal."
        actions={
          <button
            type="button"
            className="primary"
            onClick={() => setAdding(true)}
            disabled={adding || !cert}
          >
            Add attempt
          </button>
        }
      />
      <ErrorMessage error={resources.error ?? attempts.error} />
      {certifications.length > 1 ? (
        <div className="toolbar">
          <SelectField
            id="exam-cert"
            label="Certification"
            value={certId}
            onChange={(value) => setPicked(value)}
          >
            {certifications.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {!cert ? (
        <p className="notice">No certification is in the catalog. Add one in the catalog first.</p>
      ) : (
        <div className="stack exam-page">
          <section className="stack" aria-labelledby="attempts-heading">
            <h2 id="attempts-heading">Attempts</h2>
            {adding ? (
              <AttemptForm
                certifications={certifications}
                defaultCertificationId={certId}
                saveError={addAttempt.error}
                onCancel={() => setAdding(false)}
                onSave={(fields) => {
                  addAttempt.mutate(fields, {
                    onSuccess: () => {
                      setAdding(false)
                      setPicked(fields.certificationId)
                    },
                  })
                }}
              />
            ) : null}
            {mine.length === 0 && !adding ? (
              <div className="empty-state">
                <h3>No {cert.shortTitle} attempt yet</h3>
                <p>
                  An attempt gives you {cert.rules.attemptWindowDays} days from its start date to
                  sit the exam. Add it when you buy it to see its deadline, extension and retake
                  dates, a countdown and an exam-day checklist.
                </p>
              </div>
            ) : null}
            {mine.map((attempt) => (
              <AttemptCard key={attempt.id} attempt={attempt} certifications={certifications} />
            ))}
          </section>
          <ReadinessSection result={result} />
          <PracticeTestsSection
            certificationId={certId}
            included={cert.rules.practiceTestsIncluded}
            tests={tests.data ?? []}
            passMark={facts.passMarkPercent}
            objectives={objectives.data ?? []}
          />
          <ObjectivesSection
            cert={cert}
            resources={(resources.data ?? []).filter((r) => r.kind !== 'certification')}
          />
          <ExamFactsSection key={cert.id} cert={cert} />
          <FeesSection key={`fees-${cert.id}`} cert={cert} />
          <RenewalSection cert={cert} passedOn={passedOn} activities={cpe.data ?? []} />
        </div>
      )}
    </>
  )
}
