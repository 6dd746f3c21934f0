/**
 * ExcelApi requirement sets the adapter checks before using newer APIs. The add-in's floor is 1.7
 * (volume-licensed Office 2019; 1.8 first comes with Office 2021); everything above is optional with a fallback.
 */

/** `Office.context.requirements.isSetSupported`, passed in so tests and the preview can pretend. */
export type IsSetSupported = (name: string, version: string) => boolean;

export const API = {
  /** `Range.getMergedAreasOrNullObject`. */
  mergedAreas: '1.13',
  /** `Application.suspendScreenUpdatingUntilNextSync`, `Worksheet.autoFilter`, `Worksheet.pageLayout`. */
  screenUpdating: '1.9',
  autoFilter: '1.9',
  pageLayout: '1.9',
} as const;

export function supports(isSetSupported: IsSetSupported, version: string): boolean {
  return isSetSupported('ExcelApi', version);
}
