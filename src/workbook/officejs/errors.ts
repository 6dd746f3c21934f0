/**
 * Excel errors → Russian messages with what to do next (docs/ARCHITECTURE.md «Talking to Excel»). Excel raises
 * `RichApi.Error` objects carrying a `code` (also in `debugInfo.code`); a protected sheet shows up as
 * `AccessDenied` or `InvalidOperation` whose message mentions protection.
 */
import { EXCEL_ERROR_MESSAGES, UNKNOWN_ERROR_MESSAGE } from './errorMessages';

interface ExcelErrorShape {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown };
}

function fields(error: unknown): { code: string; message: string } {
  if (typeof error !== 'object' || error === null) return { code: '', message: String(error) };
  const e = error as ExcelErrorShape;
  const code = typeof e.code === 'string' ? e.code : typeof e.debugInfo?.code === 'string' ? e.debugInfo.code : '';
  const message = typeof e.message === 'string' ? e.message : typeof e.debugInfo?.message === 'string' ? e.debugInfo.message : '';
  return { code, message };
}

const PROTECTED = /protect|защищ/i;

/** The Excel error code of a thrown value, or '' when it is not an Excel error. */
export function excelErrorCode(error: unknown): string {
  return fields(error).code;
}

export function isPayloadLimitError(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export function toRussianMessage(error: unknown): string {
  const { code, message } = fields(error);
  if ((code === 'AccessDenied' || code === 'InvalidOperation' || code === 'GeneralException') && PROTECTED.test(message)) {
    return EXCEL_ERROR_MESSAGES.SheetProtected;
  }
  const known = EXCEL_ERROR_MESSAGES[code];
  if (known) return known;
  return UNKNOWN_ERROR_MESSAGE.replace('{detail}', code || message || 'без описания');
}
