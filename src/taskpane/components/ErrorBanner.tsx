/** The red banner at the top of the pane: every error of the last run, so a conclusion on missing data is never quiet. */
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { LastResult } from '../../engine';
import { errorDiagnostics } from '../resultView';
import { S } from '../strings';
import { useSectionStyles } from './styles';

export function ErrorBanner(props: { result: LastResult | null; onSelect: (sheet: string, cell?: string) => void }) {
  const styles = useSectionStyles();
  const errors = errorDiagnostics(props.result);
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="opora-error-banner">
      <MessageBarBody>
        <MessageBarTitle>{S.banner.title(errors.length)}</MessageBarTitle>
        <ul className={styles.bannerList}>
          {errors.map((d, i) => (
            <li key={i}>
              {d.text}
              {d.advice && ` ${S.diagnostics.whatToDo}${d.advice}`}
              {d.sheet && (
                <>
                  {' '}
                  <Link as="button" inline onClick={() => props.onSelect(d.sheet as string, d.cell)}>
                    {S.diagnostics.goTo(d.sheet, d.cell)}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
