/**
 * Why a package cannot be used, as a kind the caller turns into its own Russian message (the CLI names
 * the file; the standalone page speaks to the person at the screen). `part` names the zip entry at fault.
 */
export type PackageProblem = 'notZip' | 'noWorkbook' | 'tooLarge' | 'corrupt';

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly part?: string,
  ) {
    super(part ? `${problem}: ${part}` : problem);
    this.name = 'PackageError';
  }
}
