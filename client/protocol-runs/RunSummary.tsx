import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Download, Printer } from 'lucide-react';
import { describeAverage } from './DebriefSection';
import styles from './run.module.css';
import { formatMinutes, plural } from './runLabels';
import { summaryUrl } from './runsApi';
import { contributionsByStep, formatDuration, stepTimes } from './runSummaryData';
import type { RunView } from './runView';

/** The ended run: planned against actual time per step, norm ratings, every contribution. */
export function RunSummary({ run }: { run: RunView }) {
  const { control, board } = run;
  const times = stepTimes(control.protocol.steps, control.visits);
  const contributions = contributionsByStep(control.protocol.steps, board);
  const plannedTotal = times.reduce((sum, row) => sum + row.plannedMs, 0);
  const actualTotal = times.reduce((sum, row) => sum + (row.actualMs ?? 0), 0);

  return (
    <Stack
      component="section"
      aria-labelledby="summary-heading"
      gap="lg"
      className={styles.printable}
    >
      <Stack gap={4}>
        <Title order={2} id="summary-heading">
          Summary
        </Title>
        <Text c="dimmed">
          {control.title} · {control.protocol.name}
          {control.presenter && ` · Presenter: ${control.presenter}`}
        </Text>
      </Stack>
      <Group gap="sm" className={styles.noPrint}>
        <Button
          leftSection={<Printer size={16} aria-hidden="true" />}
          onClick={() => window.print()}
        >
          Print summary
        </Button>
        <Button
          component="a"
          href={summaryUrl(run.teamId, run.runId, 'csv')}
          download
          variant="default"
          leftSection={<Download size={16} aria-hidden="true" />}
        >
          Download CSV
        </Button>
        <Button
          component="a"
          href={summaryUrl(run.teamId, run.runId, 'md')}
          download
          variant="default"
          leftSection={<Download size={16} aria-hidden="true" />}
        >
          Download Markdown
        </Button>
      </Group>

      <Title order={3} id="summary-times-heading">
        Planned and actual minutes
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-labelledby="summary-times-heading" verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Step</Table.Th>
              <Table.Th scope="col">Planned</Table.Th>
              <Table.Th scope="col">Actual</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {times.map(({ step, plannedMs, actualMs }, index) => (
              <Table.Tr key={step.id}>
                <Table.Th scope="row" fw={500}>
                  {index + 1}. {step.title}
                </Table.Th>
                <Table.Td>{formatMinutes(plannedMs / 60_000)}</Table.Td>
                <Table.Td>{actualMs === null ? 'Not reached' : formatDuration(actualMs)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">Total</Table.Th>
              <Table.Td fw={700}>{formatMinutes(plannedTotal / 60_000)}</Table.Td>
              <Table.Td fw={700}>{formatDuration(actualTotal)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>

      {control.norms.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>Our norms</Title>
          <Stack component="ul" gap={4} m={0} pl="lg">
            {control.norms.map((norm) => (
              <li key={norm.id}>
                {norm.text}: {describeAverage(board.normRatings[norm.id])}
              </li>
            ))}
          </Stack>
        </Stack>
      )}

      <Title order={3}>Every contribution</Title>
      {contributions.length === 0 && <Text fs="italic">No cards were added.</Text>}
      {contributions.map(({ step, columns }) => (
        <Stack key={step.id} gap="xs">
          <Title order={4}>
            Step {control.protocol.steps.indexOf(step) + 1}: {step.title}
          </Title>
          {columns.map((column) => (
            <Stack key={column.name} gap={4}>
              <Text fw={700}>{column.name}</Text>
              <Stack
                component="ul"
                aria-label={`Cards of ${step.title}: ${column.name}`}
                gap={4}
                m={0}
                pl="lg"
              >
                {column.cards.map((card) => (
                  <li key={card.id}>
                    <Text span style={{ whiteSpace: 'pre-wrap' }}>
                      {card.text}
                    </Text>
                    <Text span size="sm" c="dimmed">
                      {' '}
                      · {card.author?.name ?? 'Anonymous'} · {plural(card.votes, 'vote')}
                      {card.groupTitle && ` · Group: ${card.groupTitle}`}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
