import { useState } from 'react';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import { currentStepOf } from './runView';

/** The step whose board a person is looking at. */
export interface ViewedStep {
  step: ProtocolStep | undefined;
  index: number;
  /** Whether it is the step the run is on. */
  isCurrent: boolean;
  /** Looks at another step; choosing the current one follows the run again. */
  show: (stepId: string) => void;
}

/**
 * Participants may look back or ahead; otherwise they follow the run as it moves. A new
 * "Bring everyone here" (`followSeq` grows) drops any other choice: everyone is on the
 * current step again, derived from the state with no effect needed.
 */
export function useViewedStep(control: RunControl): ViewedStep {
  const [choice, setChoice] = useState<{ stepId: string; followSeq: number } | null>(null);
  const current = currentStepOf(control);
  const { steps } = control.protocol;
  const chosenIndex =
    choice && choice.followSeq === control.followSeq
      ? steps.findIndex((step) => step.id === choice.stepId)
      : -1;
  const index = chosenIndex >= 0 ? chosenIndex : current.index;
  return {
    step: steps[index],
    index,
    isCurrent: index === current.index,
    show: (stepId) =>
      setChoice(stepId === current.step?.id ? null : { stepId, followSeq: control.followSeq }),
  };
}
