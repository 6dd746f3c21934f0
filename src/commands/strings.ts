/** Russian strings of the ribbon command's notice dialog. */
export const NOTICE = {
  close: 'Закрыть',
};
