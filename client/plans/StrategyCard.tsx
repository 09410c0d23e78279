import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { isCopied, type Strategy } from '../../shared/plans/planDoc';
import { planCommentPath } from '../../shared/plans/commentPaths';
import { ActionSteps } from './ActionSteps';
import { CopiedBadge } from './GoalCard';
import type { PlanContext } from './planContext';
import { PlanTextField } from './planFields';

interface StrategyCardProps {
  strategy: Strategy;
  /** "Strategy 1.2": the goal's number and the strategy's. */
  label: string;
  context: PlanContext;
}

/** A strategy: the practice as "if we … then …", the root cause, the learning behind it. */
export function StrategyCard({ strategy, label, context }: StrategyCardProps) {
  const readOnly = !context.canWrite;
  const item = label.toLowerCase();
  const change = (changes: Partial<Omit<Strategy, 'id'>>) =>
    context.strategies.update(strategy.id, changes);
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" aria-label={label} component="section">
      <Stack gap="sm">
        <Group gap="sm">
          <Text fw={700}>{label}</Text>
          {isCopied('strategy', strategy) && <CopiedBadge />}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PlanTextField
            label="If we…"
            description="The high-yield practice the adults will carry out"
            value={strategy.practiceIf}
            onCommit={(practiceIf) => change({ practiceIf })}
            readOnly={readOnly}
            max={500}
            comment={{ path: planCommentPath('strategies', strategy.id, 'practiceIf'), item }}
          />
          <PlanTextField
            label="…then"
            description="What that will change for students"
            value={strategy.practiceThen}
            onCommit={(practiceThen) => change({ practiceThen })}
            readOnly={readOnly}
            max={500}
            comment={{ path: planCommentPath('strategies', strategy.id, 'practiceThen'), item }}
          />
        </SimpleGrid>
        <PlanTextField
          label="Root cause it answers"
          value={strategy.rootCause}
          onCommit={(rootCause) => change({ rootCause })}
          readOnly={readOnly}
          max={1000}
          comment={{ path: planCommentPath('strategies', strategy.id, 'rootCause'), item }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <PlanTextField
            label="Professional learning"
            value={strategy.learning}
            onCommit={(learning) => change({ learning })}
            readOnly={readOnly}
            max={500}
            comment={{ path: planCommentPath('strategies', strategy.id, 'learning'), item }}
          />
          <PlanTextField
            label="For whom"
            value={strategy.learningFor}
            onCommit={(learningFor) => change({ learningFor })}
            readOnly={readOnly}
            max={200}
          />
          <PlanTextField
            label="When"
            value={strategy.learningWhen}
            onCommit={(learningWhen) => change({ learningWhen })}
            readOnly={readOnly}
            max={200}
          />
        </SimpleGrid>
        <ActionSteps strategyId={strategy.id} label={label} context={context} />
      </Stack>
    </Paper>
  );
}
