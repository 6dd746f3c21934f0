/** The shape of a message catalogue: per diagnostic code, the Russian text and advice built from its fields. */
import type { DiagnosticCode, DiagnosticOf } from '../diagnostics';

/** «Что не так» and «Что сделать» of one code; advice that needs no field is a plain string. */
export interface Message<C extends DiagnosticCode> {
  text: (d: DiagnosticOf<C>) => string;
  advice: string | ((d: DiagnosticOf<C>) => string);
}

/** A message for every code of `C`: a missing or unknown code does not compile. */
export type MessageCatalogue<C extends DiagnosticCode> = { [K in C]: Message<K> };
