/**
 * The Russian word for each English value the engine keeps inside: what `Опора · Настройки` shows and is
 * read back by (`settings/settingValues.ts` parses with these tables), and what sheets and explanations
 * print. The one place these words live.
 */
import type { ApprovalStatus, FlagKind, RiskLevel } from '../model';
import type { NamedAudience } from '../plans/audience';
import type { ComparatorScope, Conjunction } from '../settings/defaults';

/** R1's two conditions joined: «и» (both) or «или» (either). */
export const CONJUNCTION_RU: Record<Conjunction, string> = { and: 'и', or: 'или' };

/** What R3 measures a school against in a regional file. */
export const COMPARATOR_RU: Record<ComparatorScope, string> = { municipality: 'муниципалитет', region: 'регион' };

/** A risk factor's level as the profile and roadmap sheets show it. */
export const RISK_LEVEL_RU: Record<RiskLevel, string> = { high: 'высокий', medium: 'средний', low: 'низкий', 'no-data': 'нет данных' };

/** A school's status against the approved ШНОР list, as the sheets and the JSON summary show it. */
export const APPROVAL_STATUS_RU: Record<ApprovalStatus, string> = {
  'new-candidate': 'новый кандидат',
  confirmed: 'подтверждено',
  'exit-candidate': 'кандидат на выход',
  'now-effective': 'перешла в эффективный режим',
};

/** A flag's kind as the JSON summary's documented `kind`, the pane, the CLI and the standalone page show it. */
export const FLAG_KIND_RU = {
  lowResults: 'ШНОР',
  socialRisk: 'ШНСУ',
  objectivityRisk: 'Риск необъективности',
  warning: 'Предупреждение',
} as const satisfies Record<FlagKind, string>;

/** The Russian name of a flag kind: «ШНОР», «ШНСУ», «Риск необъективности», «Предупреждение». */
export type FlagKindLabel = (typeof FLAG_KIND_RU)[FlagKind];

/** Who a measure is for, as «Для кого» of the measures catalogue writes it (a risk factor is «риск 8»). */
export const AUDIENCE_RU: Record<NamedAudience, string> = {
  lowResults: 'ШНОР',
  lowResultsExams: 'ШНОР ГИА',
  lowResultsVpr: 'ШНОР ВПР',
  socialRisk: 'ШНСУ',
  objectivityRisk: 'объективность',
  attentionZone: 'зона внимания',
  withPartner: 'с партнёром',
  all: 'все ОО',
};
