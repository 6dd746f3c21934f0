/** An explanation whose every cell reference («'Социальный паспорт'!D18») is a link that selects the cell. */
import { Link, Text } from '@fluentui/react-components';
import { splitCellRefs } from '../../engine';
import { S } from '../strings';

export function Explanation(props: { text: string; onSelect: (sheet: string, cell?: string) => void }) {
  return (
    <Text size={200}>
      {splitCellRefs(props.text).map((piece, i) =>
        'sheet' in piece ? (
          <Link key={i} as="button" inline aria-label={S.flags.goToCell(piece.text)} onClick={() => props.onSelect(piece.sheet, piece.cell)}>
            {piece.text}
          </Link>
        ) : (
          piece.text
        ),
      )}
    </Text>
  );
}
