import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Plus } from 'lucide-react';
import { type Goal, isCopied, type Strategy } from '../../shared/plans/planDoc';
import { planCommentPath } from '../../shared/plans/commentPaths';
import { FullNameHint } from '../purpose/FullNameHint';
import { CheckpointList } from './CheckpointList';
import { GoalCycles } from './GoalCycles';
import { GoalRunChart } from './GoalRunChart';
import type { PlanContext } from './planContext';
import { PlanDateField, PlanGroupSizeField, PlanNumberField, PlanTextField } from './planFields';
import { StrategyCard } from './StrategyCard';

/** Shown on an item copied from last year's plan that nobody has edited since. */
export function CopiedBadge() {
  return (
    <Badge variant="outline" color="gray">
      Copied from last year, not yet edited
    </Badge>
  );
}

const emptyStrategy: Omit<Strategy, 'id' | 'goalId'> = {
  practiceIf: '',
  practiceThen: '',
  rootCause: '',
  learning: '',
  learningFor: '',
  learningWhen: '',
  copiedFingerprint: null,
};

interface GoalCardProps {
  goal: Goal;
  number: number;
  onChange: (changes: Partial<Omit<Goal, 'id'>>) => void;
  context: PlanContext;
}

/** A goal: its indicator, students, measure, baseline and target; its strategies; checkpoints. */
export function GoalCard({ goal, number, onChange, context }: GoalCardProps) {
  const readOnly = !context.canWrite;
  const headingId = `goal-${goal.id}`;
  const item = `goal ${number}`;
  const goalStrategies = context.strategies.items.filter((s) => s.goalId === goal.id);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group gap="sm">
          <Title order={4} id={headingId}>
            Goal {number}
            {goal.indicator ? `: ${goal.indicator}` : ''}
          </Title>
          {isCopied('goal', goal) && <CopiedBadge />}
        </Group>
        <PlanTextField
          label="Student success indicator"
          description="What the team wants to see in students"
          value={goal.indicator}
          onCommit={(indicator) => onChange({ indicator })}
          readOnly={readOnly}
          max={500}
          comment={{ path: planCommentPath('goals', goal.id, 'indicator'), item }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div>
            <PlanTextField
              label="For which students"
              description="A student group, or students of focus by initials or pseudonym"
              value={goal.students}
              onCommit={(students) => onChange({ students })}
              readOnly={readOnly}
              max={300}
              comment={{ path: planCommentPath('goals', goal.id, 'students'), item }}
            />
            <FullNameHint id={`goal-${goal.id}-students-hint`} label={goal.students} />
          </div>
          <PlanTextField
            label="Measure"
            value={goal.measure}
            onCommit={(measure) => onChange({ measure })}
            readOnly={readOnly}
            max={300}
            comment={{ path: planCommentPath('goals', goal.id, 'measure'), item }}
          />
          <PlanNumberField
            label="Baseline"
            value={goal.baselineValue}
            onCommit={(baselineValue) => onChange({ baselineValue })}
            readOnly={readOnly}
          />
          <PlanDateField
            label="Baseline date"
            value={goal.baselineDate}
            onCommit={(baselineDate) => onChange({ baselineDate })}
            readOnly={readOnly}
          />
          <PlanNumberField
            label="Target"
            value={goal.targetValue}
            onCommit={(targetValue) => onChange({ targetValue })}
            readOnly={readOnly}
          />
          <PlanDateField
            label="Target date"
            value={goal.targetDate}
            onCommit={(targetDate) => onChange({ targetDate })}
            readOnly={readOnly}
          />
          <PlanGroupSizeField
            value={goal.groupSize}
            onCommit={(groupSize) => onChange({ groupSize })}
            readOnly={readOnly}
          />
        </SimpleGrid>
        <PlanTextField
          label="Why it is a priority"
          description="What the evidence showed"
          value={goal.why}
          onCommit={(why) => onChange({ why })}
          readOnly={readOnly}
          max={2000}
          comment={{ path: planCommentPath('goals', goal.id, 'why'), item }}
        />
        <Stack gap="sm" component="section" aria-label={`Strategies for goal ${number}`}>
          <Text fw={700}>Strategies</Text>
          {goalStrategies.map((strategy, index) => (
            <StrategyCard
              key={strategy.id}
              strategy={strategy}
              label={`Strategy ${number}.${index + 1}`}
              context={context}
            />
          ))}
          {context.canWrite && (
            <Group>
              <Button
                variant="default"
                size="sm"
                leftSection={<Plus size={16} aria-hidden="true" />}
                onClick={() => context.strategies.add({ ...emptyStrategy, goalId: goal.id })}
              >
                Add a strategy to goal {number}
              </Button>
            </Group>
          )}
        </Stack>
        <CheckpointList goalId={goal.id} goalNumber={number} context={context} />
        <GoalRunChart
          goal={goal}
          number={number}
          checkpoints={context.checkpoints.items.filter((c) => c.goalId === goal.id)}
        />
        <GoalCycles goalId={goal.id} goalNumber={number} context={context} />
      </Stack>
    </Paper>
  );
}
