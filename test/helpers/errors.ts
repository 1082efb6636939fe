import { APIError, ValidationError } from 'payload'
import { expect } from 'vitest'

type FieldError = { message: string; path: string }

/** Awaits an operation that must fail and returns what it threw, so the test can assert the exact rejection. */
export const rejectionOf = async (operation: Promise<unknown>): Promise<any> => {
  try {
    await operation
  } catch (error) {
    return error
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}

/**
 * Asserts a ValidationError (HTTP 400) whose field errors name exactly `paths`, and returns the message per path.
 */
export const expectInvalidFields = (error: unknown, paths: string[]): Record<string, string> => {
  expect(error, String((error as Error)?.stack ?? error)).toBeInstanceOf(ValidationError)
  const { data, status } = error as ValidationError
  expect(status).toBe(400)
  const errors = (data as { errors: FieldError[] }).errors
  expect(errors.map((entry) => entry.path).sort()).toEqual([...paths].sort())
  return Object.fromEntries(errors.map((entry) => [entry.path, entry.message]))
}

/** Asserts a refusal by a hook or access rule (APIError, not a validation error) with the given status and message. */
export const expectApiError = (error: unknown, status: number, message: RegExp | string): void => {
  expect(error, String((error as Error)?.stack ?? error)).toBeInstanceOf(APIError)
  expect(error).not.toBeInstanceOf(ValidationError)
  expect((error as APIError).status).toBe(status)
  if (typeof message === 'string') expect((error as APIError).message).toBe(message)
  else expect((error as APIError).message).toMatch(message)
}
