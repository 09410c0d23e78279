import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';
import {
  Anchor,
  createTheme,
  DEFAULT_THEME,
  Loader,
  Modal,
  NativeSelect,
  PasswordInput,
  Textarea,
  TextInput,
} from '@mantine/core';

/**
 * A calm blue-teal. Shades 6 and darker keep at least 5.5:1 contrast with white, so filled
 * buttons, links and light-variant text all pass WCAG AA on Chromebook screens.
 */
const lake: MantineColorsTuple = [
  '#e8f3f6',
  '#d0e6ec',
  '#a3cdd9',
  '#72b2c4',
  '#4b9bb1',
  '#2f86a0',
  '#1f6f88',
  '#185f76',
  '#134f63',
  '#0d3e4f',
];

/** Mantine's darkest green and orange are under 4.5:1 on white; darken the shades text uses. */
function darkenTail(base: MantineColorsTuple, shade8: string, shade9: string): MantineColorsTuple {
  return [base[0], base[1], base[2], base[3], base[4], base[5], base[6], base[7], shade8, shade9];
}

const green = darkenTail(DEFAULT_THEME.colors.green, '#23753a', '#1e6b30');
const orange = darkenTail(DEFAULT_THEME.colors.orange, '#b34700', '#9c3d00');

/** The one theme of the app, set once in `App`. */
export const theme = createTheme({
  colors: { lake, green, orange },
  primaryColor: 'lake',
  primaryShade: 7,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // A spinner is a span: its name ("Loading versions") is allowed only with a role (axe:
    // aria-prohibited-attr on every loading screen). An image, not a status: the screens that
    // show one already have a status of their own, and two would compete.
    Loader: Loader.extend({ defaultProps: { role: 'img' } }),
    // Links inside text must not rely on colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // 16px labels and inputs read comfortably on a Chromebook screen.
    TextInput: TextInput.extend({ defaultProps: { size: 'md' } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { size: 'md' } }),
    Textarea: Textarea.extend({ defaultProps: { size: 'md' } }),
    NativeSelect: NativeSelect.extend({ defaultProps: { size: 'md' } }),
    // Dialog titles read as headings; the close button says what it does.
    Modal: Modal.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } },
    }),
  },
});

/** Mantine's default dimmed and error colours are too light for AA text contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
