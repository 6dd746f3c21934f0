/** The shape of a message catalogue: diagnostic code → Russian text and advice with `{param}` slots. */
export type MessageCatalogue = Record<string, { text: string; advice: string }>;
