/** Raised when a mock server cannot start: port taken, a spec that does not load, a server that does not listen. */
export class MockServerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MockServerError";
  }
}
