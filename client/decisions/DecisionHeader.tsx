import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MeetingDetail } from '../../shared/api/meetings';
import type { TeamSummary } from '../../shared/api/teams';
import type { DecisionStatus } from '../../shared/decisions/decisionRules';
import { formatCalendarDate } from '../../shared/time/teamTime';
import { LiveConnectionStatus } from '../collab/LiveConnectionStatus';
import { LivePresenceAvatars } from '../collab/LivePresenceAvatars';
import { statusColors, statusLabels } from '../../shared/decisions/decisionLabels';

interface DecisionHeaderProps {
  team: TeamSummary;
  meeting: MeetingDetail | null;
  title: string;
  status: DecisionStatus;
  /** The decision document's provider: the live status and avatars follow it. */
  provider: HocuspocusProvider;
  selfId: string;
  /** False once the server refused the document: no live status to show. */
  isLive: boolean;
  /** Buttons beside the live status (the document's history). */
  actions?: ReactNode;
}

/** The decision's row of the page header: a way back, its title (the h1), status, who is here. */
export function DecisionHeader(props: DecisionHeaderProps) {
  const { team, meeting, title, status, provider, selfId, isLive, actions } = props;
  return (
    <Stack gap={6} mt="sm">
      <Anchor
        component={Link}
        to={`/teams/${team.id}`}
        size="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
      >
        <ArrowLeft size={14} aria-hidden="true" />
        Back to {team.name}
      </Anchor>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap" align="baseline">
          <Title order={1} size="h2">
            {title}
          </Title>
          <Badge variant="light" size="lg" color={statusColors[status]} c="dark.9">
            <span className="visually-hidden">Status: </span>
            {statusLabels[status]}
          </Badge>
        </Group>
        {isLive && (
          <Group gap="md" wrap="wrap">
            <LiveConnectionStatus provider={provider} />
            <LivePresenceAvatars provider={provider} selfId={selfId} />
            {actions}
          </Group>
        )}
      </Group>
      {meeting && (
        <Text size="sm" c="dimmed">
          Decision of the meeting{' '}
          <Anchor component={Link} to={`/teams/${team.id}/meetings/${meeting.id}`}>
            {meeting.title}
          </Anchor>{' '}
          on {formatCalendarDate(meeting.date)}
        </Text>
      )}
    </Stack>
  );
}
