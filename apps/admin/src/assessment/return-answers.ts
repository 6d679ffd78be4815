// Returning a submitted assessment for revision: the comments the partnership will act on.
import type { ErrorWording, FormProblems } from './form-problems';

export type ReturnField = 'comments';
export const RETURN_FIELD_ID = 'return-comments';

export function checkReturn(comments: string): FormProblems<ReturnField> | null {
  return comments.trim() === ''
    ? { fieldErrors: { comments: 'Say what the partnership should revise before resubmitting' }, general: [] }
    : null;
}

export const RETURN_ERROR_WORDING: ErrorWording<ReturnField> = {
  fieldFor: (apiField) => (apiField === 'comments' ? 'comments' : undefined),
  unauthenticated: 'Your sign-in has ended. Sign in again to return the assessment',
  forbidden: 'Only the coordinator of the partnership’s region and the national team may return its assessment',
};
