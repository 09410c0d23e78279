import { Anchor, Checkbox, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { CircleCheck, CircleAlert } from 'lucide-react';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import type { DecisionFields } from '../../shared/decisions/decisionDoc';
import { focusCheckOf } from '../../shared/decisions/decisionDoc';
import { focusCheckProblem } from '../../shared/decisions/decisionRules';
import { studentsOfFocus } from '../../shared/purpose/purposeDoc';
import { useFieldDraft } from '../forms/useFieldDraft';
import { useOrderedList } from '../collab/useOrderedList';
import { focusAnswerLabels } from '../../shared/decisions/decisionLabels';
import { asSentence } from './decisionText';
import type { DecisionView } from './decisionView';

const answers = ['yes', 'no', 'unknown'] as const;

/** Same limit as the document's schema: longer text would not be read back. */
const MAX_HOW_LENGTH = 2000;

/**
 * The focus-student check: does the decision affect the team's students of focus (listed live
 * from the purpose document), which ones, and how the team will know. A decision cannot be
 * marked decided until it is complete.
 */
export function FocusCheckSection({ view, purposeDoc }: { view: DecisionView; purposeDoc: Y.Doc }) {
  const { fields, write, canWrite, team } = view;
  const students = useOrderedList(studentsOfFocus, purposeDoc).items;
  const problem = focusCheckProblem(focusCheckOf(fields));
  const how = useFieldDraft(fields.focusHow, (next) =>
    write({ focusHow: next.slice(0, MAX_HOW_LENGTH) }),
  );

  return (
    <Stack component="section" aria-labelledby="decision-focus-heading" gap="md">
      <Title order={2} id="decision-focus-heading">
        Focus check
      </Title>
      <Radio.Group
        label="Does this decision affect our students of focus?"
        value={fields.focusAffects}
        onChange={(value) => write({ focusAffects: value as DecisionFields['focusAffects'] })}
        readOnly={!canWrite}
      >
        <Group gap="lg" mt="xs">
          {answers.map((answer) => (
            <Radio
              key={answer}
              value={answer}
              label={focusAnswerLabels[answer]}
              disabled={!canWrite}
              size="md"
            />
          ))}
        </Group>
      </Radio.Group>
      {fields.focusAffects === 'yes' &&
        (students.length === 0 ? (
          <Text size="sm">
            The team has no students of focus yet.{' '}
            <Anchor component={Link} to={`/teams/${team.id}`}>
              Add them on the purpose page
            </Anchor>
            .
          </Text>
        ) : (
          <Checkbox.Group
            label="Which students of focus does it affect?"
            value={fields.focusStudentIds}
            onChange={(ids) => write({ focusStudentIds: ids })}
            readOnly={!canWrite}
          >
            <Stack gap="xs" mt="xs">
              {students.map((student) => (
                <Checkbox
                  key={student.id}
                  value={student.id}
                  label={student.label}
                  disabled={!canWrite}
                  size="md"
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ))}
      <Textarea
        label="How will we know?"
        description="What the team will look at to see whether it works for our students of focus."
        autosize
        minRows={2}
        maxLength={MAX_HOW_LENGTH}
        readOnly={!canWrite}
        {...how}
      />
      <FocusCheckState problem={problem} />
    </Stack>
  );
}

/** Whether the check is complete, announced politely as people fill it in. */
function FocusCheckState({ problem }: { problem: string | null }) {
  const Icon = problem ? CircleAlert : CircleCheck;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start" c={problem ? 'orange.9' : 'green.9'}>
      <Icon size={20} aria-hidden="true" style={{ flexShrink: 0 }} />
      <Text role="status" aria-live="polite" fw={600} c="inherit">
        {problem ? `Focus check incomplete. ${asSentence(problem)}` : 'Focus check complete.'}
      </Text>
    </Group>
  );
}
