import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MeetingDetail, MeetingLink } from '../../shared/api/meetings';
import { linkStatusLabel } from './meetingLabels';

interface LinkListProps {
  headingId: string;
  heading: string;
  empty: string;
  links: MeetingLink[];
  pathOf: (id: string) => string;
}

function LinkList({ headingId, heading, empty, links, pathOf }: LinkListProps) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4" id={headingId}>
        {heading}
      </Title>
      {links.length === 0 ? (
        <Text fs="italic">{empty}</Text>
      ) : (
        <Stack component="ul" aria-labelledby={headingId} gap="xs" m={0} p={0}>
          {links.map((link) => (
            <Group component="li" key={link.id} gap="sm" wrap="wrap" style={{ listStyle: 'none' }}>
              <Anchor component={Link} to={pathOf(link.id)} fw={600}>
                {link.title}
              </Anchor>
              <Badge variant="light" color="gray" c="dark.9">
                {linkStatusLabel(link.status)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** The runs and decisions held in this meeting, as the database records them. */
export function MadeInMeetingSection({
  teamId,
  detail,
}: {
  teamId: string;
  detail: MeetingDetail;
}) {
  return (
    <Stack component="section" aria-labelledby="made-heading" gap="md">
      <Title order={2} id="made-heading">
        Made in this meeting
      </Title>
      <LinkList
        headingId="made-runs-heading"
        heading="Protocol runs"
        empty="No protocol runs yet."
        links={detail.runs}
        pathOf={(id) => `/teams/${teamId}/runs/${id}`}
      />
      <LinkList
        headingId="made-decisions-heading"
        heading="Decisions"
        empty="No decisions yet."
        links={detail.decisions}
        pathOf={(id) => `/teams/${teamId}/decisions/${id}`}
      />
    </Stack>
  );
}
