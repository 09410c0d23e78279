import { Anchor, Center, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import { cycleDocumentName, cycleRecordDocumentName } from '../../shared/documents/documentName';
import { dataPoints, measures, readCycleFields } from '../../shared/plans/cycleDoc';
import { presenceUserFor } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';
import { useDocSnapshot } from '../collab/useDocSnapshot';
import { useOrderedList } from '../collab/useOrderedList';
import { observeCycleFields } from './cycleContext';
import { measureName } from './cycleLabels';
import { CycleMeasureRunChart } from './CycleMeasureRunChart';

interface CycleUnderStudyProps {
  teamId: string;
  cycle: { cycleId: string; planId: string; title: string };
  self: { id: string; name: string };
}

function Charts({ cycleDoc, recordDoc }: { cycleDoc: Y.Doc; recordDoc: Y.Doc }) {
  const fields = useDocSnapshot(cycleDoc, readCycleFields, observeCycleFields);
  const measureList = useOrderedList(measures, cycleDoc).items;
  const points = useOrderedList(dataPoints, recordDoc).items;
  if (measureList.length === 0) {
    return <Text size="sm">The cycle has no measures yet.</Text>;
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {measureList.map((measure) => (
        <CycleMeasureRunChart
          key={measure.id}
          measure={measure}
          name={measureName(measureList, measure.id)}
          points={points
            .filter((point) => point.measureId === measure.id)
            .sort((a, b) => a.date.localeCompare(b.date))}
          startDate={fields?.startDate ?? null}
          endDate={fields?.endDate ?? null}
        />
      ))}
    </SimpleGrid>
  );
}

/**
 * Beside a protocol run that studies an improvement cycle: the cycle's run charts, live, so
 * the team notices and wonders about the data it is looking at.
 */
export function CycleUnderStudy({ teamId, cycle, self }: CycleUnderStudyProps) {
  const user = useMemo(() => presenceUserFor(self), [self]);
  const cycleSession = useCollabDocument(cycleDocumentName(teamId, cycle.cycleId), user, {
    presence: false,
  });
  const recordSession = useCollabDocument(cycleRecordDocumentName(teamId, cycle.cycleId), user, {
    presence: false,
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cycle-under-study">
      <Stack gap="sm">
        <Title order={2} size="h3" id="cycle-under-study">
          The data under study
        </Title>
        <Anchor
          component={Link}
          to={`/teams/${teamId}/plan/${cycle.planId}/cycles/${cycle.cycleId}`}
        >
          {cycle.title}
        </Anchor>
        {cycleSession && recordSession ? (
          <Charts cycleDoc={cycleSession.doc} recordDoc={recordSession.doc} />
        ) : (
          <Center py="md">
            <Loader size="sm" aria-label="Opening the cycle's data" />
          </Center>
        )}
      </Stack>
    </Paper>
  );
}
