/**
 * Mantine names its show-password button "Toggle password visibility", which also matches a
 * search for the label "Password". This name is clear and does not collide.
 */
export const passwordToggleProps = { 'aria-label': 'Show the characters typed' };
