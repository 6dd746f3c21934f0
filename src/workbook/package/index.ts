/**
 * The package adapter: .xlsx/.xlsm files for the CLI, batch and the standalone page, written by adding
 * Opora's parts to the user's zip and copying everything else byte for byte. May import the engine's
 * types and JSZip, nothing from the UI or the CLI.
 */
export { PackageWorkbook } from './workbook';
export { PackageError, type PackageProblem } from './packageError';
export { LIMITS } from './packageZip';
export { deflatedFromGzip, type DeflatedPart, type PartDeflater, type ZipCodec } from './zipCodec';
export { webStreamsCodec } from './webStreamsCodec';
