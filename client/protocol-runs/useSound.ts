import { useCallback, useEffect, useRef, useState } from 'react';

/** `off` until someone turns sound on (browsers allow audio only after a click). */
export type SoundState = 'off' | 'on' | 'muted';

const BEEP_HZ = 880;
const BEEP_SECONDS = 0.2;
const BEEP_GAP_SECONDS = 0.3;

/** A few short sine beeps, with soft edges so that they do not click. */
function playBeeps(context: AudioContext, count: number, volume = 0.4): void {
  const start = context.currentTime + 0.02;
  for (let i = 0; i < count; i += 1) {
    const at = start + i * BEEP_GAP_SECONDS;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = BEEP_HZ;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(volume, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + BEEP_SECONDS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + BEEP_SECONDS + 0.02);
  }
}

/**
 * The presentation's end-of-step sound (Web Audio, no file to download). `turnOn` must run in
 * a click handler: it creates the audio context the browser then lets play, and plays one
 * short beep so the room knows the sound works.
 */
export function useSound() {
  const contextRef = useRef<AudioContext | null>(null);
  const [state, setState] = useState<SoundState>('off');

  useEffect(
    () => () => {
      void contextRef.current?.close();
      contextRef.current = null;
    },
    [],
  );

  const turnOn = useCallback(() => {
    const context = contextRef.current ?? new AudioContext();
    contextRef.current = context;
    void context.resume();
    playBeeps(context, 1, 0.2);
    setState('on');
  }, []);

  const toggleMute = useCallback(() => {
    setState((previous) => (previous === 'muted' ? 'on' : 'muted'));
  }, []);

  /** The end-of-step cue; silent unless sound is on and not muted. */
  const playCue = useCallback(() => {
    const context = contextRef.current;
    if (state !== 'on' || !context) return;
    void context.resume();
    playBeeps(context, 3);
  }, [state]);

  return { state, turnOn, toggleMute, playCue };
}
