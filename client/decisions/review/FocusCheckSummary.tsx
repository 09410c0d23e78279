import type { ReviewDecisionDetail } from '../../../shared/api/review';
import { focusAnswerLabels } from '../../../shared/decisions/decisionLabels';
import { FactList } from './FactList';
import { PlainText } from './PlainText';
import { studentLabels } from './reviewLabels';

interface FocusCheckSummaryProps {
  focusCheck: ReviewDecisionDetail['focusCheck'];
  students: { id: string; label: string }[];
}

/** The focus-student check as answered: does it affect them, which ones, how we will know. */
export function FocusCheckSummary({ focusCheck, students }: FocusCheckSummaryProps) {
  const { affects, studentIds, how } = focusCheck;
  const which = studentLabels(studentIds, students);
  return (
    <FactList
      facts={[
        {
          term: 'Affects our students of focus',
          value: affects ? focusAnswerLabels[affects] : 'Not answered',
        },
        { term: 'Which students', value: which.length > 0 ? which.join(', ') : 'None named' },
        { term: 'How we will know', value: <PlainText text={how} empty="Not said" /> },
      ]}
    />
  );
}
