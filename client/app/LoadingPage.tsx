import { Center, Loader } from '@mantine/core';
import { PageShell } from './PageShell';

export function LoadingPage() {
  return (
    <PageShell title="Loading">
      <h1 className="visually-hidden">Loading</h1>
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    </PageShell>
  );
}
