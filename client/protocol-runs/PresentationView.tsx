import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Board } from '../../shared/protocol-runs/runBoardDoc';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import type { ConnectionState } from '../collab/connectionState';
import styles from './presentation.module.css';
import { PresentationCards } from './PresentationCards';
import { PresentationClock } from './PresentationClock';
import { PresentationControls } from './PresentationControls';
import { presentationSections } from './presentationSections';
import { RunConnectionStatus } from './RunConnectionStatus';
import { formatMinutes, speakingLabels } from './runLabels';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import { currentStepOf } from './runView';
import { useSound } from './useSound';
import { useWakeLock } from './useWakeLock';

interface PresentationViewProps {
  control: RunControl;
  board: Board;
  offset: number;
  connection: ConnectionState;
  /** Shown above the step: the meeting's focus check, when the run is held in a meeting. */
  banner?: ReactNode;
}

function BeforeStart({ control }: { control: RunControl }) {
  const first = control.protocol.steps[0];
  return (
    <>
      <p className={styles.stepNumber}>Starting soon</p>
      <h1 className={styles.title}>{control.title}</h1>
      {first && (
        <p className={styles.note}>
          First step: {first.title} ({formatMinutes(first.minutes)})
        </p>
      )}
      {control.norms.length > 0 && (
        <section aria-labelledby="present-norms-heading">
          <h2 id="present-norms-heading" className={styles.columnTitle}>
            Our norms
          </h2>
          <ol className={styles.norms}>
            {control.norms.map((norm) => (
              <li key={norm.id}>{norm.text}</li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function StepInfo({ step, index, total }: { step: ProtocolStep; index: number; total: number }) {
  return (
    <>
      <p className={styles.stepNumber}>
        Step {index + 1} of {total}
      </p>
      <h1 className={styles.title}>{step.title}</h1>
      <p className={styles.speaking}>{speakingLabels[step.speaking]}</p>
      <p className={styles.prompt}>{step.prompt}</p>
    </>
  );
}

/** The projector: step, prompt, who speaks, the huge clock and the cards, nothing to edit. */
export function PresentationView({
  control,
  board,
  offset,
  connection,
  banner,
}: PresentationViewProps) {
  const sound = useSound();
  useWakeLock();
  const { step, index } = currentStepOf(control);
  const total = control.protocol.steps.length;
  const { status } = control.timer;
  const isRunning = status === 'running' || status === 'paused';

  return (
    // While a step runs the screen is exactly the viewport: the cards page instead of scrolling.
    <div className={styles.screen} data-fit={isRunning || undefined}>
      <title>{`${control.title}: presentation · ILT Workspace`}</title>
      <header className={styles.bar}>
        <p className={styles.barText}>
          {control.title} · {control.protocol.name}
        </p>
        <Group gap="md">
          <RunConnectionStatus state={connection} color="#c3d6dc" />
          <PresentationControls sound={sound} />
        </Group>
      </header>
      <main className={styles.main}>
        {banner}
        {status === 'ready' && <BeforeStart control={control} />}
        {status === 'ended' && (
          <>
            <p className={styles.stepNumber}>{control.protocol.name}</p>
            <h1 className={styles.title}>The run has ended. Thank you.</h1>
          </>
        )}
        {isRunning && step && (
          <PresentationCards
            key={step.id}
            info={<StepInfo step={step} index={index} total={total} />}
            clock={<PresentationClock control={control} offset={offset} onTimeUp={sound.playCue} />}
            sections={presentationSections(control.protocol, index, board, control.revealedStepIds)}
          />
        )}
        <p role="status" className="visually-hidden">
          {isRunning && step ? `Step ${index + 1} of ${total}: ${step.title}` : ''}
        </p>
      </main>
    </div>
  );
}
