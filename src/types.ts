/**
 * The public shapes of xinwen's results (see the Article contract), and the vocabularies (string
 * unions) their fields take: `RemovedReason`, `EntityType`, `CreditRole`.
 * Every `start`/`end` is a UTF-16 offset into the text the function was given
 * (for `parseArticle`, into `Article.text`), so `text.slice(start, end)` is the mention.
 */

/**
 * A half-open range `[start, end)` of UTF-16 offsets. For people, places and organisations,
 * `text.slice(start, end)` is the name; in a page that mixes scripts a mention may be written in the
 * other script than the name (林國棟 for 林国栋).
 */
export interface Span {
  start: number;
  end: number;
}

/** Precision of a date value. */
export type DateGrain = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/**
 * Where the year (and, for relative words, the day counted from) came from: written in the
 * expression (`text`), an earlier date of the same document (`context`), the document's dateline
 * (`dateline`, 新华社北京6月2日电), the page's publish date (`published`), the caller's reference date
 * (`reference`), or nowhere (`none`).
 */
export type YearSource = 'text' | 'context' | 'dateline' | 'published' | 'reference' | 'none';

/** A date or time expression found in text. */
export interface DateMention extends Span {
  /** The expression exactly as written (`text.slice(start, end)`). */
  text: string;
  /**
   * ISO 8601 (`2023-07-21`, `2023-07`, `2023-07-21T09:30`), EDTF with `X` for
   * unknown digits (`XXXX-07-21`), or an inclusive range `{ start, end }`.
   */
  value: string | { start: string; end: string };
  grain: DateGrain;
  /** Where the year came from (see {@link YearSource}). */
  yearSource?: YearSource;
  /**
   * Set when the text wrote the date in another calendar and the value is its Gregorian equivalent:
   * `roc` for Republic of China years (民國112年, 112年 on a Taiwanese page → 2023), `lunar` for lunar
   * dates, zodiac and sexagenary years (农历八月十五, 正月初一, 马年, 甲子年).
   */
  calendar?: 'roc' | 'lunar';
  /**
   * The reading of the written words alone, where `value` rests on a guess from the rest of the page
   * rather than on a fixed convention: `XXXX` for 马年 or 甲子年 (the year came from the reference or
   * the page's dates), `XXXX-XX-XX` for a bare 初一 read as 正月初一, `XXXX-XX-30` for a day whose
   * month was taken from the nearest dateline, `1999` for 99年 read as a Republic of China year.
   */
  alt?: string;
}

/**
 * Which recogniser of the entity engine found a person or gave a title (the order in which they run and
 * which wins is declared in entities/recognisers.ts):
 * `page-credit` the page's credit lines; `byline` a credit label in the text (记者 X);
 * `title` a title before the name (市长X); `shared-title` a list sharing one title (市领导X、Y);
 * `title-after-name` a title after it (X书记); `appointment` an appointment, election or removal clause
 * (任命X为…, 免去X的…职务); `run-together` names written one after another in a headline; `comrade` X同志;
 * `name-list` a 、-list of names; `latin` a name in Latin script (compromise); `model` the trained name
 * model alone (dict/name-model.txt); `joined` a name joined by 和/与 to a person found (A和B); `address` a
 * title from a form of address (王市长) linked to the one person of that surname.
 */
export type Via = (typeof VIAS)[number];
/** Every {@link Via}, in the order the recognisers run. */
export const VIAS = [
  'page-credit', 'byline', 'title', 'shared-title', 'appointment', 'title-after-name', 'run-together', 'comrade', 'name-list', 'latin', 'model', 'joined', 'address',
] as const;

/**
 * Where a title stands in time, when the text says: `new` for a post the person is appointed or elected
 * to (任命…为, 当选为), `former` for one left or lost (免去…职务, 不再担任, 原市长).
 */
export type TitleStatus = 'new' | 'former';

/** A title of an official, as written and with its organisation filled in from context. */
export interface OfficialTitle {
  /** The title exactly as written before or after the name, e.g. `市长`. */
  text: string;
  /** The title with the organisation inherited from context, e.g. `北京市市长`. */
  resolved: string;
  /** Set when the text appoints the person to the post or removes them from it (see {@link TitleStatus}). */
  status?: TitleStatus;
  /** Which recogniser gave the title; only with `explain: true`. */
  via?: Via;
}

/** A person named with at least one office. */
export interface Official {
  name: string;
  titles: OfficialTitle[];
  mentions: Span[];
  /** Which recogniser found the person first; only with `explain: true`. */
  via?: Via;
  /** The name model's score in [0, 1] for the name as found (1 for names given by the page's credits); only with `explain: true`. */
  score?: number;
}

/** The role a credit label gives (dict/credit-roles.txt): people's roles, and `source` for the credited outlet. */
export type CreditRole = (typeof CREDIT_ROLES)[number];
/** Every {@link CreditRole}, in the order of the `Credits` lists, `source` last (for checks of dict/ files). */
export const CREDIT_ROLES = ['reporter', 'photographer', 'editor', 'reviewer', 'author', 'source'] as const;

/** The role of a credited person: a credit role other than `source`. */
export type PersonRole = Exclude<CreditRole, 'source'>;

/** A person named without an office (credits included), with a role where known. */
export interface Person {
  name: string;
  /** `photographer`, `editor`, `reviewer`, `reporter`, `author`, or null. */
  role: PersonRole | null;
  /** The credit label as the text wrote it (记者, 责任编辑, 校审), where the role came from one. */
  roleText?: string;
  mentions: Span[];
  /** Which recogniser found the person; only with `explain: true`. */
  via?: Via;
  /** The name model's score in [0, 1] for the name as found; only with `explain: true`. */
  score?: number;
}

/**
 * Kind of a place: gazetteer levels (dict/places.txt, dict/countries.txt), units chained below them
 * (镇, 村, 区 …), or `place` for a short form whose level is unknown.
 */
export type PlaceType = (typeof PLACE_TYPES)[number];
/** Every {@link PlaceType}. */
export const PLACE_TYPES = ['country', 'province', 'city', 'county', 'district', 'township', 'village', 'place'] as const;

/**
 * Kind of an organisation: the types of dict/org-suffixes.txt, `party` or `organization` for the
 * organisation part of an official's title, `outlet` for the credited source.
 */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
/** Every {@link OrganizationType}. */
export const ORGANIZATION_TYPES = ['government', 'party', 'company', 'school', 'hospital', 'institute', 'outlet', 'organization'] as const;

/** Kind of an entity: a place type or an organisation type. */
export type EntityType = PlaceType | OrganizationType;

/** A place or organisation. */
export interface Entity {
  /** The name as written. */
  name: string;
  /** For places a {@link PlaceType}, for organisations an {@link OrganizationType}. */
  type: EntityType;
  /** The full official name where the text used a short form (`呼和浩特` → `呼和浩特市`). */
  fullName?: string;
  mentions: Span[];
}

/** People credited by the page. */
export interface Credits {
  reporters: string[];
  photographers: string[];
  editors: string[];
  reviewers: string[];
  authors: string[];
}

/** One kept paragraph of `Article.text`. */
export interface Paragraph extends Span {
  kind: 'title' | 'body' | 'caption';
  text: string;
}

/** A photo caption with its own date and photographers. */
export interface Caption extends Span {
  text: string;
  date: DateMention | null;
  photographers: string[];
}

/**
 * Why a line was dropped. Line patterns (dict/boilerplate.txt) and the furniture words the line model
 * reads (dict/furniture-words.txt): `counter`, `widget`, `share`, `navigation`, `related`,
 * `reprint-notice`, `copyright`, `image-label`, `ad`. The boilerplate stage: `repeated-title`, `credit` (a
 * credit line or the credit cut from a paragraph's end, read into `credits`), `byline` (a publication
 * header, its date read as the publish time), `separator` (a line of marks, an end mark), `summary` (a
 * summary block repeating the lead), `header` / `footer` (a line the model removed above / below the
 * article), `furniture` (a line the model removed among the article's lines). HTML markup (class, id and tag
 * of the block: src/input/hints.ts): `navigation`, `share`, `comment`, `related`, `copyright`, `footer`,
 * `aside`, `ad`, `widget`, `header`, `pagination`. The HTML content choice: `link-list` (adjacent lines of
 * links), `outside-content` (anything else outside the article's container), `post` (the replies and other
 * posts of a forum thread or a blog archive page).
 */
export type RemovedReason = (typeof REMOVED_REASONS)[number];
/** Every {@link RemovedReason} (for checks of dict/boilerplate.txt and dict/furniture-words.txt). */
export const REMOVED_REASONS = [
  'repeated-title', 'credit', 'byline',
  'counter', 'widget', 'share', 'navigation', 'related', 'reprint-notice', 'copyright',
  'comment', 'footer', 'aside', 'ad', 'header', 'pagination',
  'link-list', 'outside-content',
  'separator', 'image-label', 'summary', 'furniture', 'post',
] as const;

/**
 * Which rule or model removed a line. The input stage: `markup` (the class, id or tag of its HTML block),
 * `content` (outside the chosen content, or a list of links), `posts` (a reply, comment or other post of a
 * multi-post page). The boilerplate stage: `title` (a copy of the headline), `credits` (the credit reader),
 * `header` (a publication header: dates and labelled fields), `shape` (a separator, an image file name, a
 * summary repeating the lead), `pattern` (a pattern of dict/boilerplate.txt), `line-model` (the line
 * classifier of dict/line-model.txt, from the line's features and its neighbours).
 */
export type RemovalRule = (typeof REMOVAL_RULES)[number];
/** Every {@link RemovalRule}. */
export const REMOVAL_RULES = ['markup', 'content', 'posts', 'title', 'credits', 'header', 'shape', 'pattern', 'line-model'] as const;

/** A line or block dropped from the page, with the reason it was dropped and the rule or model that dropped it. */
export interface Removed {
  text: string;
  reason: RemovedReason;
  via: RemovalRule;
}

/** A segmented word with its part-of-speech tag. */
export interface Token extends Span {
  word: string;
  tag: string;
}

/** The structured article `parseArticle` returns. */
export interface Article {
  /** The headline, without site suffixes or SEO prefixes. */
  title: string | null;
  /** ISO 8601, as precise as the page says. */
  publishedTime: string | null;
  /** The site the page was scraped from, where the page says. */
  siteName: string | null;
  /** The outlet credited as source, e.g. `湖州日报`. */
  source: string | null;
  /** The outlet's channel named with the source, e.g. `官方微信`. */
  sourceChannel: string | null;
  /** The lead: the first sentence of the first body paragraph. */
  excerpt: string | null;
  /** Script of the input: `zh-Hans` or `zh-Hant` (or another BCP 47 tag for non-Chinese pages). */
  lang: string;
  /** The original or canonical URL named by the page, if any. */
  url: string | null;
  credits: Credits;
  /** The clean document: the title line, then every kept paragraph in reading order, joined by `\n`. */
  text: string;
  paragraphs: Paragraph[];
  captions: Caption[];
  officials: Official[];
  people: Person[];
  places: Entity[];
  organizations: Entity[];
  dates: DateMention[];
  removed: Removed[];
  tokens?: Token[];
  warnings: string[];
}

/**
 * The word segmenter: `'nodejieba'` (the default), `'node-rs-jieba'` (the optional package @node-rs/jieba:
 * faster, lighter, freed with its worker), or a function that cuts a text into words. The function is given
 * Simplified, half-width text and must return words that spell it in order (white space may be left out);
 * anything else is `E_OPTION`. Tags come from jieba's dictionary in every case.
 */
export type Segmenter = 'nodejieba' | 'node-rs-jieba' | ((text: string) => string[]);

/** Options of `parseArticle`. */
export interface ParseOptions {
  /** `auto` (default) sniffs HTML against plain text. */
  format?: 'auto' | 'html' | 'text';
  /** Encoding of `Uint8Array` input; default: BOM, `<meta charset>`, then detection. */
  encoding?: string;
  /**
   * Anchors dates without a year and relative dates where the page gives no date of its own: the
   * text's dateline and the page's publish date come first (each mention's `yearSource` says which).
   */
  referenceDate?: string | Date;
  /** Where the page came from. */
  url?: string;
  /** Script of the returned text; recognition works on either. Default `original`. */
  script?: 'original' | 'simplified' | 'traditional';
  /** Include segmented tokens (off by default: they are large). Needs the analysis (not with `analyze: false`). */
  tokens?: boolean;
  /**
   * Run the language analysis over the clean text: segmentation, officials, people, places,
   * organisations and dates. Default `true`. With `false` only the clean article is made (title,
   * publish time from the page's metadata and bylines, site, source, credits, text, paragraphs, captions,
   * removed lines, URL, language, excerpt, warnings); `officials`, `people`, `places`, `organizations`
   * and `dates` come back empty, each caption's `date` is null, and the segmenter (nodejieba, ~250 MB) is
   * never loaded. For scrapers that want only the text: several times faster.
   */
  analyze?: boolean;
  /** Inputs larger than this many bytes (or UTF-16 units) are refused with `E_TOO_LARGE`. Default 20 MB. */
  maxSize?: number;
  /**
   * Keep the reasons of the entity engine in the result: `via` (which recogniser) and `score` on every
   * official, person and title. Off by default.
   */
  explain?: boolean;
  /**
   * The name model's precision knob: the score in [0, 1] a name needs when nothing but the model vouches for
   * it (no title, credit or list next to it). Higher is stricter. Default: the model's own, chosen on
   * held-out training data for precision first.
   */
  nameThreshold?: number;
  /** Which segmenter cuts the text into words (see `Segmenter`). Default `'nodejieba'`. */
  segmenter?: Segmenter;
}
