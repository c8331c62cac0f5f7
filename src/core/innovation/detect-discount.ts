// Is an idea a discount or a price cut? (SPEC §4.10: warn when every idea is one.) A fixed list
// of phrasings, each with its reason, read left to right; "discount" as a verb with a non-price
// object ("discount the risk") and negated uses ("no discount", "without discounting") are not.
export type DiscountCheck = { isDiscount: boolean; matched: string | null; reason: string | null };

type Rule = { pattern: RegExp; reason: string };

const PRICE_WORD = '(?:price|prices|pricing|fee|fees|rate|rates|quote|list price|licen[cs]e (?:fee|cost|price)s?|subscription(?: price)?)';
const OWNER = '(?:the |our |their |its |his |her |a |this |that )?';

const RULES: readonly Rule[] = [
  { pattern: /\b\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)\s+(?:off|discount|reduction|lower|cheaper|less)\b/i, reason: 'a percentage off the price' },
  { pattern: /(?:\b(?:money|dollars|euros|pounds)|[$€£]?\b\d[\d,.]*k?)\s+off\b/i, reason: 'an amount off the price' },
  { pattern: new RegExp(`\\b(?:cut|cuts|cutting|lower|lowers|lowering|reduce|reduces|reducing|drop|drops|dropping|slash|slashing|trim|trimming|shave|decrease|decreasing|bring down|knock down)\\s+${OWNER}${PRICE_WORD}\\b`, 'i'), reason: 'lowering the price' },
  { pattern: new RegExp(`\\b(?:${PRICE_WORD})\\s+(?:cut|cuts|reduction|reductions|drop|decrease|concession|concessions|break)\\b`, 'i'), reason: 'a price cut' },
  { pattern: new RegExp(`\\b(?:lower|cheaper|reduced|discounted|special|better)\\s+${PRICE_WORD}\\b`, 'i'), reason: 'a lower price' },
  { pattern: /\b(?:price[- ]match|match(?:ing)? (?:the |their |a )?(?:competitor'?s? |rival'?s? |other )?(?:price|quote|offer))\b/i, reason: 'matching a competitor on price' },
  { pattern: /\b(?:\w+|\d+)\s+months?\s+(?:free|for free|at no (?:extra |additional )?(?:cost|charge))\b|\bfree\s+(?:first\s+)?(?:\w+\s+)?months?\b|\bfirst\s+(?:\w+\s+)?months?\s+free\b/i, reason: 'free months' },
  { pattern: /\b(?:free of charge|for free|at no (?:extra |additional )?(?:cost|charge)|complimentary (?:licen[cs]es|seats|months|upgrade))\b/i, reason: 'giving part of it away' },
  { pattern: /\b(?:rebates?|cash ?back|markdowns?|money back)\b/i, reason: 'money back to the customer' },
  { pattern: /\b(?:waive|waives|waiving|drop|remove|scrap)\s+(?:the |our |all |any )?(?:\w+\s+)?(?:fees?|charges?)\b|\bfee waivers?\b/i, reason: 'waiving fees' },
];

// "discount" as a verb meaning "disregard", when its object is not a price.
const NON_PRICE_OBJECT = /^\s+(?:the |their |his |her |its |our |this |that |any |these |those )?(?:\w+\s+)?(?:risks?|concerns?|ideas?|objections?|feedback|views?|opinions?|importance|chances?|possibility|threats?|fears?|worries|warnings?|advice|evidence|signals?|claims?|effort|impact|role|influence|voice|input|politics)\b/i;
const NEGATION = /\b(?:no|not|never|without|avoid|avoiding|instead of|rather than|don't|do not|won't|hold off on|resist)\s+(?:\w+\s+){0,2}$/i;

const DISCOUNT_WORD = /\bdiscount(?:s|ed|ing)?\b/gi;

function findDiscountWord(text: string): string | null {
  for (const match of text.matchAll(DISCOUNT_WORD)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    if (NEGATION.test(before)) continue;
    if (NON_PRICE_OBJECT.test(after)) continue;
    return match[0];
  }
  return null;
}

function negated(text: string, index: number): boolean {
  return NEGATION.test(text.slice(0, index));
}

export function detectDiscount(idea: string): DiscountCheck {
  const text = idea.replace(/\s+/g, ' ');
  for (const { pattern, reason } of RULES) {
    const match = pattern.exec(text);
    if (match && !negated(text, match.index)) {
      return { isDiscount: true, matched: match[0].trim(), reason: `"${match[0].trim()}" reads as ${reason}.` };
    }
  }
  const word = findDiscountWord(text);
  if (word) return { isDiscount: true, matched: word, reason: `"${word}" reads as a discount on the price.` };
  return { isDiscount: false, matched: null, reason: null };
}
