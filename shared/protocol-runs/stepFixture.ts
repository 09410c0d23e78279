import type { ProtocolStep } from './protocolSchema';

/** For tests: a valid step with the given id, columns and earlier columns shown. */
export const testStep = (
  id: string,
  columns: string[],
  shows?: ProtocolStep['shows'],
): ProtocolStep => ({
  id,
  title: `Title of ${id}`,
  minutes: 5,
  prompt: 'p',
  speaking: 'everyone',
  columns,
  collect: 'open',
  ...(shows ? { shows } : {}),
});
