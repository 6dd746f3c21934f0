/**
 * One flagged school as a compact row — its name and badges — that expands to each flag's explanation
 * (cell references as links) and to the school's row on «ШНОР и ШНСУ» and its roadmap block.
 */
import { Badge, Button, Link, Text } from '@fluentui/react-components';
import type { FlagKindLabel, SchoolPlaces } from '../../engine';
import type { SchoolRow } from '../resultView';
import { S } from '../strings';
import { Explanation } from './Explanation';
import { useSectionStyles } from './styles';

const KIND_COLOR: Record<FlagKindLabel, 'danger' | 'warning' | 'important' | 'informative'> = {
  ШНОР: 'danger',
  ШНСУ: 'warning',
  'Риск необъективности': 'important',
  Предупреждение: 'informative',
};

const PLACE_LINKS: [keyof SchoolPlaces, string][] = [
  ['flags', S.flags.flagsRow],
  ['roadmap', S.flags.roadmap],
];

export function KindBadge({ kind, short }: { kind: FlagKindLabel; short?: boolean }) {
  return (
    <Badge appearance={kind === 'Предупреждение' ? 'tint' : 'filled'} color={KIND_COLOR[kind]}>
      {(short && S.flags.badge[kind]) || kind}
    </Badge>
  );
}

export function SchoolItem(props: {
  row: SchoolRow;
  places: SchoolPlaces | undefined;
  expanded: boolean;
  onToggle: () => void;
  onSelect: (sheet: string, cell?: string) => void;
}) {
  const styles = useSectionStyles();
  const { row, places } = props;
  const detailsId = `opora-school-${row.schoolId.replace(/[^\wА-Яа-яЁё-]/g, '_')}`;
  return (
    <li data-school-id={row.schoolId}>
      <Button
        appearance="subtle"
        className={styles.schoolButton}
        aria-expanded={props.expanded}
        aria-controls={props.expanded ? detailsId : undefined}
        onClick={props.onToggle}
      >
        <span className={styles.schoolLine}>
          <Text weight="semibold">{row.schoolName}</Text>
          {row.kinds.map((kind) => (
            <KindBadge key={kind} kind={kind} short />
          ))}
        </span>
      </Button>
      {props.expanded && (
        <div id={detailsId} className={styles.details}>
          {row.flags.map((f) => (
            <div key={f.ruleId + f.kind} className={styles.item}>
              <div className={styles.row}>
                <KindBadge kind={f.kind} />
                <Text size={200}>
                  {S.flags.rule} {f.ruleId}
                </Text>
              </div>
              <Explanation text={f.explanation} onSelect={props.onSelect} />
            </div>
          ))}
          <div className={styles.row}>
            {PLACE_LINKS.map(([key, label]) => {
              const place = places?.[key];
              return (
                place && (
                  <Link key={key} as="button" onClick={() => props.onSelect(place.sheet, place.cell)}>
                    {label}
                  </Link>
                )
              );
            })}
          </div>
        </div>
      )}
    </li>
  );
}
