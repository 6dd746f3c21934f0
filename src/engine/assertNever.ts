/** The compiler's proof that a switch over a union handled every member; throws if reached anyway. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
