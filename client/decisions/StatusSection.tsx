import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { canDo } from '../../shared/access/roles';
import type { DecisionSummary } from '../../shared/api/decisions';
import type { DecisionStatus } from '../../shared/decisions/decisionRules';
import { useApiAction } from '../forms/useApiAction';
import { statusActionsFor } from './decisionActions';
import { statusLabels } from '../../shared/decisions/decisionLabels';
import { changeDecisionStatus } from './decisionsApi';
import { asSentence, describeDecided } from './decisionText';
import type { DecisionView } from './decisionView';
import { SupersedeForm } from './SupersedeForm';

interface StatusSectionProps {
  view: DecisionView;
  /** The team's decisions, to choose the one that replaces this decision. */
  decisions: DecisionSummary[];
}

/** Where the decision stands, the record of who decided it, and the moves this person may make. */
export function StatusSection({ view, decisions }: StatusSectionProps) {
  const { team, decisionId, fields, status } = view;
  const command = useApiAction();
  const [isSuperseding, setSuperseding] = useState(false);
  const [target, setTarget] = useState<DecisionStatus | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const actions = statusActionsFor(team.role, fields, status);
  const isUndecided = status.status === 'proposed' || status.status === 'revisited';
  const replacement = decisions.find((decision) => decision.id === status.supersededBy);

  async function move(to: DecisionStatus, supersededBy?: string) {
    setTarget(to);
    const done = await command.run(async () => {
      await changeDecisionStatus(team.id, decisionId, { status: to, supersededBy });
      return true;
    });
    if (!done) return;
    setSuperseding(false);
    // The buttons change with the status: keep the keyboard focus in the section.
    headingRef.current?.focus();
  }

  function handleCancelSupersede() {
    setSuperseding(false);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('[data-status-action="superseded"]')?.focus(),
    );
  }

  return (
    <Stack component="section" aria-labelledby="decision-status-heading" gap="sm">
      <Title order={2} id="decision-status-heading" ref={headingRef} tabIndex={-1}>
        Status
      </Title>
      <Text role="status" aria-live="polite">
        This decision is <strong>{statusLabels[status.status].toLowerCase()}</strong>.
      </Text>
      {status.decided && <Text>{describeDecided(status.decided, team.timeZone)}</Text>}
      {status.status === 'superseded' && status.supersededBy && (
        <Text>
          Replaced by{' '}
          <Anchor component={Link} to={`/teams/${team.id}/decisions/${status.supersededBy}`}>
            {replacement?.title ?? 'a later decision'}
          </Anchor>
          .
        </Text>
      )}
      {actions.length === 0 && isUndecided && canDo(team.role, 'decision.participate') && (
        <Text size="sm" c="dimmed">
          A facilitator or the principal marks the decision decided.
        </Text>
      )}
      {actions.length > 0 && (
        <Stack gap="xs">
          {actions.map((action) => {
            const reasonId = `status-action-${action.to}-reason`;
            return (
              <Stack key={action.to} gap={4}>
                <Button
                  variant={action.to === 'decided' ? 'filled' : 'default'}
                  disabled={action.disabledReason !== null}
                  aria-describedby={action.disabledReason ? reasonId : undefined}
                  loading={command.pending && target === action.to}
                  data-status-action={action.to}
                  aria-expanded={action.to === 'superseded' ? isSuperseding : undefined}
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() =>
                    action.to === 'superseded' ? setSuperseding(true) : void move(action.to)
                  }
                >
                  {action.label}
                </Button>
                {action.disabledReason && (
                  <Text id={reasonId} size="sm" c="dimmed">
                    {asSentence(action.disabledReason)}
                  </Text>
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
      {isSuperseding && (
        <SupersedeForm
          teamId={team.id}
          decisionId={decisionId}
          decisions={decisions}
          isPending={command.pending && target === 'superseded'}
          onConfirm={(supersededBy) => void move('superseded', supersededBy)}
          onCancel={handleCancelSupersede}
        />
      )}
      {command.error && (
        <Alert color="red" variant="light" title="The status did not change">
          {command.error}
        </Alert>
      )}
    </Stack>
  );
}
