// Phrase lists for the Specify coaching-quality check (SPEC §4.8). Patterns apply to
// normalised text (see normalize-specify-text.ts: lowercase, no apostrophes, no
// punctuation), so write them that way. Each is wrapped in word boundaries when used.

// About the rep's results rather than what the rep does. These always warn: even next to a
// behaviour, they turn a coaching note into an inspection of the numbers.
export const OUTCOME_PATTERNS: readonly RegExp[] = [
  /quotas?/, /attainment/, /bookings/, /win ?rates?/, /close ?rates?/, /conversions?(?: rates?)?/,
  /pipeline coverage/, /pipe coverage/, /(?:build|fill|grow|more|your|his|her|their own) pipeline/,
  /(?:hit|make|making|hitting|beat|beating|miss|missed|missing) (?:your |the |my |our |his |her |their )?(?:number|numbers|target|targets|plan|quota)/,
  /(?:your|my|our|his|her|team) (?:numbers?|targets?|results|kpis?|performance|forecast)/,
  /numbers? (?:is|are|were|was) (?:down|up|low|behind|off|bad|poor)/,
  /(?:close|win|sign|book) more(?: deals| business| revenue)?/, /more deals/, /bigger deals/, /(?:average )?deal size/,
  /forecast accuracy/, /kpis?/,
  // Revenue is an outcome when it is ours; "their revenue per hour of downtime" is discovery.
  /(?:your|my|our|his|her|team|more|new) revenue/, /revenue (?:target|goal|number|numbers|is|was|are|were)/,
];

// A percentage counts as an outcome when it describes movement of a result ("up 10%",
// "get to 30%"), unless the words just before it are about the customer (see below).
export const RESULT_PERCENT_PATTERN =
  /\b(?:up|down|increase|improve|raise|grow|lift|boost|drop|by|to|at)\b(?: [a-z]+){0,3} \d+(?: \d+)? ?(?:%|percent)/g;

// Words that put a number on the customer's side: "cut their downtime by 10%".
export const CUSTOMER_WORDS: ReadonlySet<string> = new Set([
  'their', 'them', 'they', 'customer', 'customers', 'client', 'clients', 'buyer', 'buyers', 'prospect', 'prospects',
]);

// Exhortations with no observable action in them (seed: "you need to challenge more").
export const VAGUE_PATTERNS: readonly RegExp[] = [
  /challenge (?:them |the customer |customers |the client )?more/, /be (?:more )?(?:of )?a challenger/, /be more challenging/,
  /(?:be )?more confident/, /(?:show|have|build) (?:more )?confidence/,
  /work harder/, /try harder/, /push harder/, /put in more effort/, /more effort/,
  /(?:be )?(?:more )?proactive/,
  /improve (?:your |the )?communication(?: skills)?/, /communicate better/, /better communication/,
  /sell (?:on |the )?value/, /(?:be )?more strategic/, /think (?:more )?strategically/,
  /step up/, /(?:raise|up|lift) (?:your )?game/,
  /(?:be )?more (?:assertive|aggressive|consultative|engaged|energetic|curious|disciplined|organised|organized|professional|focused)/,
  /ask (?:better|more|smarter) questions/, /(?:build|improve) (?:better |more )?rapport/,
  /(?:take|show) (?:more )?ownership/, /own (?:it|the deal|your deals)/, /do better/,
  /be (?:better|more) prepared/, /focus more/, /listen (?:better|more)/, /follow up (?:more|better)/,
  /(?:do |have )?better discovery/,
  /improve (?:your )?(?:discovery|closing|prospecting|negotiation|negotiating|presentation|selling|sales)(?: skills?)?/,
  /get out of (?:your )?comfort zone/,
];

// Words that carry no specific who/what/when; ignored when judging whether a sentence
// with a vague phrase still says something concrete.
export const STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'with', 'for', 'each', 'and', 'or', 'on', 'in', 'our', 'their', 'every', 'never',
  'not', 'no', 'is', 'are', 'be', 'by', 'at', 'from', 'as', 'it', 'its', 'that', 'this', 'them', 'they', 'we', 'us',
  'you', 'your', 'he', 'she', 'his', 'her', 'i', 'me', 'my', 'what', 'when', 'who', 'how', 'all', 'any', 'only',
  'into', 'about', 'than', 'then', 'so', 'but', 'if', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'must', 'more', 'less', 'very', 'just', 'also', 'until', 'away', 'there', 'these', 'those',
]);

export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'need', 'needs', 'try', 'get', 'make', 'sure', 'really', 'always', 'better', 'harder', 'day', 'days', 'week',
  'weeks', 'weekly', 'daily', 'time', 'times', 'call', 'calls', 'meeting', 'meetings', 'deal', 'deals', 'customer',
  'customers', 'client', 'clients', 'prospects', 'people', 'thing', 'things', 'everything', 'quarter', 'month',
  'next', 'lot', 'way', 'going', 'start', 'keep', 'continue', 'bit', 'general', 'overall', 'generally', 'want',
  'think', 'feel', 'like', 'much', 'lots', 'stuff', 'again', 'now', 'please', 'team', 'accounts', 'account',
]);
