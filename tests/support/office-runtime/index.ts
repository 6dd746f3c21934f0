/**
 * The real Excel on the web runtime (`@microsoft/office-js`) in Node, in front of the strict simulator:
 * request bodies as Excel receives them, for payload budgets measured instead of guessed. Node only
 * (`vm`, `fs`); the browser preview uses the simulator directly.
 */
export { RuntimeOracle, type RecordedRequest } from './bridge';
