export { useStudyDays } from '../log'
