/**
 * The one error the CLI raises on purpose: the user's input or output path cannot be used. It carries
 * its one-line Russian message; `main` prints it and exits with code 2. Anything else is a bug.
 */
export class UnusableInput extends Error {
  constructor(readonly text: string) {
    super(text);
    this.name = 'UnusableInput';
  }
}
