/** How member controls tell the members section what happened, to show and announce it. */
export interface MemberReport {
  /** The change is made: reloads the team, then announces `message`. */
  done: (message: string) => Promise<void>;
  /** The server refused or could not be reached: shows its message in an alert. */
  failed: (title: string, message: string) => void;
}
