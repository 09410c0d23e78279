/**
 * Measures keystroke-to-screen inside the page. Runs in the browser (through page.evaluate),
 * so it is self-contained.
 *
 * Method: a capturing keydown listener on the document takes the event's `timeStamp` (when
 * the browser received the input, so time the key waited behind other work, e.g. remote
 * updates, counts). A MutationObserver on the editor sees when the paragraph being typed in
 * holds one more character. Then `requestAnimationFrame` runs just before that frame is drawn,
 * and a MessageChannel message posted from it runs as the first task after the frame: its
 * `performance.now()` approximates the moment the character is on screen (the frame's style,
 * layout and paint included). Keystroke-to-screen is that minus the keydown timeStamp.
 *
 * The screen refreshes every 16.7 ms (60 Hz), so even a key that costs nothing waits 0 to
 * 16.7 ms for the next frame: this figure includes that wait, as a person sees it.
 *
 * As a cross-check, a PerformanceObserver records Event Timing entries for keyboard input of
 * 16 ms or more (Chromium's own input-to-next-paint, rounded to 8 ms).
 */

/** What the probe keeps on `window`. */
export interface KeystrokeProbe {
  /** Keystroke-to-screen of each key, in ms, in typing order. */
  samples: number[];
  /** Event Timing entries of 16 ms or more: the event's name, duration (ms) and interaction. */
  slowEvents: { name: string; duration: number; interactionId: number }[];
}

declare global {
  interface Window {
    __keystrokeProbe?: KeystrokeProbe;
  }
}

/** Event dispatched on `window` after each sample is recorded. */
export const SAMPLE_EVENT = 'keystroke-shown';

/**
 * Installs the probe on the editor labelled `editorLabel`; the person types into its first
 * paragraph, which holds only their text.
 */
export function installKeystrokeProbe(args: { editorLabel: string; sampleEvent: string }): void {
  const editor = document.querySelector(`[role="textbox"][aria-label="${args.editorLabel}"]`);
  if (!editor) throw new Error(`no editor labelled ${args.editorLabel}`);
  const probe: KeystrokeProbe = { samples: [], slowEvents: [] };
  window.__keystrokeProbe = probe;

  const typedLength = () => editor.firstElementChild?.textContent?.length ?? 0;
  let expectedLength = typedLength();
  let pending: { start: number; length: number } | null = null;

  const check = () => {
    if (!pending || typedLength() < pending.length) return;
    const { start } = pending;
    pending = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push(performance.now() - start);
        channel.port1.close();
        window.dispatchEvent(new Event(args.sampleEvent));
      };
      channel.port2.postMessage(null);
    });
  };

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1) return;
      expectedLength += 1;
      pending = { start: event.timeStamp, length: expectedLength };
    },
    { capture: true },
  );
  new MutationObserver(check).observe(editor, {
    subtree: true,
    childList: true,
    characterData: true,
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!['keydown', 'keypress', 'keyup', 'beforeinput', 'input'].includes(entry.name)) continue;
      const { interactionId = 0 } = entry as PerformanceEntry & { interactionId?: number };
      probe.slowEvents.push({ name: entry.name, duration: entry.duration, interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
}

/** Resolves in the page once `count` samples are recorded. */
export function waitForSamples(args: { count: number; sampleEvent: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = window.__keystrokeProbe;
    if (!probe) return reject(new Error('the keystroke probe is not installed'));
    if (probe.samples.length >= args.count) return resolve();
    const onSample = () => {
      if (probe.samples.length < args.count) return;
      window.removeEventListener(args.sampleEvent, onSample);
      resolve();
    };
    window.addEventListener(args.sampleEvent, onSample);
  });
}
