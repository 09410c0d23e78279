import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import type { PlanDetail } from '../../shared/api/plans';
import { cycleCommentPath } from '../../shared/plans/commentPaths';
import {
  cycleDatesProblem,
  type KeyQuestion,
  keyQuestionLabels,
  keyQuestions,
} from '../../shared/plans/cycleRules';
import { FullNameHint } from '../purpose/FullNameHint';
import type { CycleContext } from './cycleContext';
import { strategyLabel } from './cycleLabels';
import { CycleSection } from './CycleSection';
import { PlanDateField, PlanTextField } from './planFields';

interface CycleFramingProps {
  context: CycleContext;
  /** The strategies of the cycle's goal, one of which the change idea may carry out. */
  strategies: PlanDetail['strategies'];
}

/** What the cycle works on: the key question, the problems, the students, the change idea. */
export function CycleFraming({ context, strategies }: CycleFramingProps) {
  const { fields, changeFields: change } = context;
  const readOnly = !context.canWrite;
  const datesProblem = cycleDatesProblem(fields.startDate, fields.endDate);
  const strategyMissing =
    fields.strategyId !== null && !strategies.some((s) => s.id === fields.strategyId);
  return (
    <CycleSection id="cycle-framing" title="Framing">
      <NativeSelect
        label="Key question"
        disabled={readOnly}
        value={fields.keyQuestion ?? ''}
        data={[
          { value: '', label: 'Choose a key question' },
          ...keyQuestions.map((q) => ({ value: q, label: keyQuestionLabels[q] })),
        ]}
        onChange={(event) => {
          const value = event.currentTarget.value;
          change({ keyQuestion: value === '' ? null : (value as KeyQuestion) });
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PlanTextField
          label="Learner-centred problem"
          description="What students are not yet doing"
          value={fields.learnerProblem}
          onCommit={(learnerProblem) => change({ learnerProblem })}
          readOnly={readOnly}
          max={1000}
          multiline
          comment={{ path: cycleCommentPath('learnerProblem') }}
        />
        <PlanTextField
          label="Problem of practice"
          description="What in our teaching contributes to it"
          value={fields.problemOfPractice}
          onCommit={(problemOfPractice) => change({ problemOfPractice })}
          readOnly={readOnly}
          max={1000}
          multiline
          comment={{ path: cycleCommentPath('problemOfPractice') }}
        />
      </SimpleGrid>
      <div>
        <PlanTextField
          label="Students of focus"
          description="A student group, or students by initials or pseudonym"
          value={fields.studentsOfFocus}
          onCommit={(studentsOfFocus) => change({ studentsOfFocus })}
          readOnly={readOnly}
          max={300}
          comment={{ path: cycleCommentPath('studentsOfFocus') }}
        />
        <FullNameHint
          id={`cycle-${context.cycleId}-students-hint`}
          label={fields.studentsOfFocus}
        />
      </div>
      <PlanTextField
        label="Change idea"
        description="The change the team will try in this cycle"
        value={fields.changeIdea}
        onCommit={(changeIdea) => change({ changeIdea })}
        readOnly={readOnly}
        max={500}
        comment={{ path: cycleCommentPath('changeIdea') }}
      />
      <NativeSelect
        label="Linked strategy"
        description="The strategy of the goal whose practice the change idea carries out"
        disabled={readOnly}
        value={fields.strategyId ?? ''}
        data={[
          { value: '', label: 'No strategy' },
          ...(strategyMissing && fields.strategyId
            ? [{ value: fields.strategyId, label: 'A strategy since removed from the plan' }]
            : []),
          ...strategies.map((s) => ({ value: s.id, label: strategyLabel(s) })),
        ]}
        onChange={(event) => {
          const value = event.currentTarget.value;
          change({ strategyId: value === '' ? null : value });
        }}
      />
      <PlanTextField
        label="Cadence of data collection"
        description="How often the team collects data, e.g. every Friday"
        value={fields.cadence}
        onCommit={(cadence) => change({ cadence })}
        readOnly={readOnly}
        max={200}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PlanDateField
          label="Start date"
          value={fields.startDate}
          onCommit={(startDate) => change({ startDate })}
          readOnly={readOnly}
        />
        <PlanDateField
          label="End date"
          value={fields.endDate}
          onCommit={(endDate) => change({ endDate })}
          readOnly={readOnly}
        />
      </SimpleGrid>
      {/* Always present, so that screen readers announce the warning when it appears. */}
      <div aria-live="polite">
        {datesProblem && (
          <Text size="sm" c="orange.9" fw={600}>
            Check the dates: {datesProblem}.
          </Text>
        )}
      </div>
    </CycleSection>
  );
}
