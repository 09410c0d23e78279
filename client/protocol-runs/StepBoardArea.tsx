import { Alert, Button, Stack, Title } from '@mantine/core';
import { currentStepOf } from './runView';
import type { RunView } from './runView';
import { StepBoard } from './StepBoard';
import { StepNav } from './StepNav';
import { useViewedStep } from './useViewedStep';

/** The cards of the run, one step at a time: the current step unless the person looks elsewhere. */
export function StepBoardArea({ run }: { run: RunView }) {
  const { control } = run;
  const viewed = useViewedStep(control);
  const current = currentStepOf(control);
  const hasStarted = control.timer.status !== 'ready';
  const { step } = viewed;
  return (
    <Stack component="section" aria-labelledby="board-heading" gap="sm">
      <Title order={2} size="h3" id="board-heading" tabIndex={-1}>
        Cards · Step {viewed.index + 1}: {step?.title}
      </Title>
      <StepNav control={control} viewed={viewed} />
      {hasStarted && !viewed.isCurrent && current.step && (
        <Alert
          color="lake"
          variant="light"
          title={`The group is on step ${current.index + 1}`}
          role="none"
        >
          <Stack gap="xs" align="flex-start">
            You are looking at step {viewed.index + 1}. Cards can be added to the current step only.
            <Button size="compact-md" onClick={() => viewed.show(current.step?.id ?? '')}>
              Go to the current step
            </Button>
          </Stack>
        </Alert>
      )}
      {step && (
        <StepBoard
          key={step.id}
          run={run}
          step={step}
          stepIndex={viewed.index}
          isCurrent={viewed.isCurrent}
        />
      )}
    </Stack>
  );
}
