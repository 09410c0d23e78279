import { MantineProvider } from '@mantine/core';
import { RouterProvider } from 'react-router';
import { cssVariablesResolver, theme } from '../theme';
import { router } from './router';

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <RouterProvider router={router} />
    </MantineProvider>
  );
}
