/** Excel errors shown to a methodologist: Russian, with what to do next. */
import { toRussianMessage } from '../../../src/workbook/officejs';
import { SimRichApiError } from '../../support/excel-simulator';

const richApi = (code: string, message = 'details in English') => new SimRichApiError(code, message);

describe('toRussianMessage', () => {
  it.each([
    ['InvalidOperationInCellEditMode', /режиме редактирования ячейки.*Enter или Esc/],
    ['AccessDenied', /только для чтения или защищена/],
    ['ItemNotFound', /удалили или переименовали/],
    ['ItemAlreadyExists', /уже есть лист/],
    ['InvalidArgument', /не принял данные/],
    ['InvalidOperation', /последний видимый лист/],
    ['RequestPayloadSizeLimitExceeded', /5 МБ/],
    ['ResponsePayloadSizeLimitExceeded', /слишком велика/],
    ['ApiNotFound', /Обновите Office/],
    ['GeneralException', /внутренней ошибке/],
    ['Conflict', /совместного редактирования/],
    ['ActivityLimitReached', /Подождите минуту/],
    ['ServiceNotAvailable', /подключение к интернету/],
    ['RequestAborted', /прервал/],
    ['MergedRangeConflict', /объединённые ячейки/],
  ])('explains %s in Russian', (code, text) => {
    expect(toRussianMessage(richApi(code))).toMatch(text);
  });

  it('tells the user to unprotect the sheet when Excel refuses because of protection', () => {
    const message = toRussianMessage(richApi('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.'));
    expect(message).toMatch(/Лист защищён.*Снимите защиту листа/);
  });

  it('reads the code from debugInfo when the error carries it only there', () => {
    expect(toRussianMessage({ debugInfo: { code: 'ItemAlreadyExists', message: '' } })).toMatch(/уже есть лист/);
  });

  it('still says something useful for an error that is not Excel’s', () => {
    expect(toRussianMessage(new TypeError('x is undefined'))).toMatch(/непредвиденная ошибка \(x is undefined\)/);
    expect(toRussianMessage('строка')).toMatch(/непредвиденная ошибка \(строка\)/);
  });
});
