/**
 * xinwen: scraped Chinese news pages in, structured articles out.
 *
 * @packageDocumentation
 */
export { parseArticle } from './article/index.js';
export { stripBoilerplate } from './boilerplate/index.js';
export type { ClassifyOptions as StripOptions, StrippedText } from './boilerplate/index.js';
export { segment } from './segment/index.js';
export type { SegmentOptions, ProtectedSpan } from './segment/index.js';
export { extractOfficials } from './entities/index.js';
export type { EntityOptions, CreditedPerson } from './entities/index.js';
export { extractDates } from './dates/index.js';
export type { ExtractDatesOptions, YearCalendar } from './dates/index.js';
export { parseMany } from './batch/index.js';
export type { BatchError, BatchErrorCode, BatchFailure, BatchItem, BatchOptions, BatchResult, BatchSuccess, PageInput } from './batch/index.js';
export { XinwenError } from './errors.js';
export type { XinwenErrorCode } from './errors.js';
export type {
  Article,
  Caption,
  CreditRole,
  Credits,
  DateGrain,
  DateMention,
  Entity,
  EntityType,
  Official,
  OfficialTitle,
  OrganizationType,
  Paragraph,
  ParseOptions,
  Person,
  PersonRole,
  PlaceType,
  RemovalRule,
  Removed,
  RemovedReason,
  Segmenter,
  Span,
  Token,
  YearSource,
} from './types.js';
