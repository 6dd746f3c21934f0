/**
 * The partner the district chose in «Опора · Сопоставление» (section «Школы-партнёры»): it wins over the register
 * and over Opora's proposal, on every recalculation, for a ШНОР or a ШНСУ school. The typed text is matched to a
 * school by its code or its name (after the same normalisation as everywhere); a name that matches no school is
 * a diagnostic naming its cell, and Opora's proposal stays.
 */
import type { Dataset, Diagnostic, School, SchoolVerdict } from '../model';
import { normaliseSchoolName } from '../normalize/schoolName';

function findSchool(schools: School[], typed: string): School | undefined {
  const text = typed.trim();
  const byCode = schools.find((s) => s.code !== undefined && s.code.toLowerCase() === text.toLowerCase());
  if (byCode) return byCode;
  const key = normaliseSchoolName(text).key;
  return schools.find((s) => s.name === text) ?? schools.find((s) => [s.name, ...s.aliases.map((a) => a.name)].some((n) => normaliseSchoolName(n).key === key));
}

/** Applies the district's choices to the verdicts (in place); returns the choices it could not apply. */
export function applyPartnerChoices(dataset: Dataset, verdicts: SchoolVerdict[]): Diagnostic[] {
  const choices = dataset.corrections?.partners ?? {};
  const diagnostics: Diagnostic[] = [];
  const byName = new Map(dataset.schools.map((s) => [s.name, s.id]));
  for (const [flaggedName, choice] of Object.entries(choices)) {
    const flagged = verdicts.find((v) => v.schoolId === byName.get(flaggedName));
    const partner = findSchool(dataset.schools, choice.typed);
    if (!flagged || !partner || partner.id === flagged.schoolId) {
      diagnostics.push({
        severity: 'warning',
        code: 'partner-choice-unknown',
        sheet: choice.sheet,
        cell: choice.cell,
        school: flaggedName,
        value: choice.typed,
      });
      continue;
    }
    flagged.partnerBasis = { source: 'district', sameSettlement: false, procedures: [], ...(flagged.partnerId ? { proposedId: flagged.partnerId } : {}) };
    flagged.partnerId = partner.id;
  }
  return diagnostics;
}
