import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';

/** The team's norms, read together before the run starts. */
export function NormsSection({ norms }: { norms: RunControl['norms'] }) {
  return (
    <Paper component="section" aria-labelledby="norms-heading" withBorder p="lg" bg="lake.0">
      <Stack gap="sm">
        <Title order={2} id="norms-heading">
          Our norms
        </Title>
        {norms.length === 0 ? (
          <Text>
            The team had no norms when this run was created. Agree on a few before you begin.
          </Text>
        ) : (
          <>
            <Text>Read them together before the facilitator starts the run.</Text>
            <List type="ordered" spacing="xs" size="lg">
              {norms.map((norm) => (
                <List.Item key={norm.id}>{norm.text}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
