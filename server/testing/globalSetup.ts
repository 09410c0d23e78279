import { makePgliteTemplate, PGLITE_TEMPLATE_ENV } from './pgliteTemplate';

/** Runs once before vitest starts its workers, which inherit the environment set here. */
export async function setup(): Promise<() => void> {
  const template = await makePgliteTemplate();
  process.env[PGLITE_TEMPLATE_ENV] = template.dir;
  return () => template.remove();
}
