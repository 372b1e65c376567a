import type { FieldError } from '@nestje/contract';

/** An error a user can cause, with a stable code the web translates. Mapped to HTTP by the one error handler. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    code: string,
    message: string,
    fields?: FieldError[],
    headers?: Record<string, string>,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.headers = headers ?? {};
  }
}

export class BadRequest extends AppError {
  constructor(code: string, message: string, fields?: FieldError[]) {
    super(400, code, message, fields);
  }
}

/** A 400 about one field, e.g. a wrong current password. */
export function fieldError(path: string, code: string, message: string): BadRequest {
  return new BadRequest('validation_failed', message, [{ path, code, message }]);
}

export class Unauthenticated extends AppError {
  constructor(code = 'unauthenticated', message = 'Sign-in required') {
    super(401, code, message);
  }
}

export class Forbidden extends AppError {
  constructor(code = 'forbidden', message = 'Not allowed') {
    super(403, code, message);
  }
}

export class NotFound extends AppError {
  constructor(code = 'not_found', message = 'Not found') {
    super(404, code, message);
  }
}

/** A 409: the request clashes with what exists; `fields` name the fields that clash (e.g. an address in use). */
export class Conflict extends AppError {
  constructor(code = 'conflict', message = 'Conflict', fields?: FieldError[]) {
    super(409, code, message, fields);
  }
}

export class TooManyRequests extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'rate_limited', 'Too many attempts', undefined, { 'retry-after': String(retryAfterSeconds) });
  }
}
