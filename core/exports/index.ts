/** Order-export readers: pure TypeScript, no browser API, for the CLI in Node and the import worker. */
export { decodeExport } from './decode';
export { readOrderExport } from './read';
export { createExportReader, type ExportReader } from './reader';
export type { ExportFormat, ExportOptions, ExportWarning, OrderExport, Rejection } from './types';
