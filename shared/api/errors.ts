/** Every API error answers `{ error: { code, message } }` with a 4xx or 5xx status. */
export interface ApiErrorBody {
  error: {
    /** Stable, machine-readable reason, e.g. `invalid_input`, `email_taken`. */
    code: string;
    /** A sentence for a person. */
    message: string;
    /** For a refused file import: what is wrong, line by line (nothing was saved). */
    problems?: { line: number; message: string }[];
  };
}

/** The error codes the API answers with. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'invalid_json'
  | 'payload_too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'email_taken'
  | 'invalid_credentials'
  | 'invite_invalid'
  | 'invite_wrong_account'
  | 'invite_not_found'
  | 'protocol_not_found'
  | 'run_not_found'
  | 'meeting_not_found'
  | 'decision_not_found'
  | 'plan_not_found'
  | 'plan_exists'
  | 'later_plan_exists'
  | 'copy_not_earlier'
  | 'plan_archived'
  | 'strategy_not_found'
  | 'action_not_found'
  | 'owner_not_member'
  | 'goal_not_found'
  | 'cycle_not_found'
  | 'cycle_closed'
  | 'measure_not_found'
  | 'point_not_found'
  | 'prediction_locked'
  | 'prediction_missing'
  | 'no_data'
  | 'import_invalid'
  | 'item_not_found'
  | 'invalid_state'
  | 'no_votes_left'
  | 'unsupported_type'
  | 'member_not_found'
  | 'last_principal'
  | 'reset_invalid'
  | 'verification_invalid'
  | 'email_not_verified'
  | 'unsupported_media_type'
  | 'cross_site'
  | 'confirmation_mismatch'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';
