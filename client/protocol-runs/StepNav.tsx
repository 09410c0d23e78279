import { Badge, Button, Group } from '@mantine/core';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import { currentStepOf } from './runView';
import type { ViewedStep } from './useViewedStep';

/**
 * The protocol's steps as buttons: the one shown is pressed, the one the run is on says so.
 * Participants can read other steps' boards; new cards go only to the current step.
 */
export function StepNav({ control, viewed }: { control: RunControl; viewed: ViewedStep }) {
  const current = currentStepOf(control);
  const hasStarted = control.timer.status !== 'ready';
  return (
    <nav aria-label="Steps">
      <Group component="ol" gap="xs" wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }}>
        {control.protocol.steps.map((step, index) => {
          const isShown = index === viewed.index;
          const isNow = hasStarted && index === current.index;
          return (
            <li key={step.id}>
              <Button
                variant={isShown ? 'filled' : 'default'}
                size="compact-sm"
                aria-pressed={isShown}
                aria-current={isNow ? 'step' : undefined}
                onClick={() => viewed.show(step.id)}
                rightSection={
                  isNow ? (
                    <Badge
                      size="xs"
                      color={isShown ? 'white' : 'lake'}
                      c={isShown ? 'lake.9' : undefined}
                    >
                      Now
                    </Badge>
                  ) : undefined
                }
              >
                {index + 1}. {step.title}
              </Button>
            </li>
          );
        })}
      </Group>
    </nav>
  );
}
