/** A classroom request refused: the HTTP status and the `{error: {code, message}}` body's fields. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

export const refusal = (status: number, code: string, message: string): Refusal => ({
  status,
  code,
  message,
});

/** What a classroom operation answers: its value, or why not. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = <T>(status: number, code: string, message: string): Outcome<T> => ({
  ok: false,
  refusal: refusal(status, code, message),
});
