import { describe, expect, it } from 'vitest';
import { detectDiscount } from './detect-discount.ts';

describe('detectDiscount', () => {
  it.each([
    ['Offer a 15% discount if they sign before the quarter ends', '15% discount'],
    ['Give them 3 months free on the annual plan', '3 months free'],
    ['First two months free while they migrate', 'first two months free'],
    ['Lower the price to beat Northwind\'s quote', 'Lower the price'],
    ['Cut our price by 10k to fit the budget', 'Cut our price'],
    ['Waive the implementation fee', 'Waive the implementation fee'],
    ['Match the competitor\'s price', 'Match the competitor\'s price'],
    ['Volume rebate once they pass 500 seats', 'rebate'],
    ['20% off the first year', '20% off'],
    ['Offer a discounted rate for a three-year term', 'discounted rate'],
    ['Throw in onboarding at no extra cost', 'at no extra cost'],
    ['Ask finance for an extra discount for the pilot region', 'discount'],
    ['Price concession on the second year', 'Price concession'],
    ['$5k off if they commit this month', '$5k off'],
  ])('flags %j (matched %j)', (idea, matched) => {
    const check = detectDiscount(idea);
    expect(check.isDiscount).toBe(true);
    expect(check.matched?.toLowerCase()).toBe(matched.toLowerCase());
    expect(check.reason).toContain(check.matched!);
  });

  it.each([
    'Discount the risk by running a two-week pilot on their own data',
    'We should not discount their concerns about data residency',
    'Hold the price: no discount, add a training day instead',
    'Reduce the cost of their current manual reconciliation and show it in euros',
    'Free up their analysts by automating the monthly report',
    'Cut the implementation time in half with our migration team',
    'Lower the risk with a staged roll-out per site',
    'Bring the CFO in early and build the business case with her',
    'Invite their security lead to set the success criteria',
    'Don\'t discount the influence of the works council',
    'Rather than discounting, move the start date to their new fiscal year',
    'Price the risk of doing nothing in their own numbers',
  ])('leaves %j alone', (idea) => {
    expect(detectDiscount(idea)).toEqual({ isDiscount: false, matched: null, reason: null });
  });
});
