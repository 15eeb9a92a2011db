/**
 * Binary search over items in order: how many leading items `isLeading` holds for, where it
 * holds for a leading run of the items and for none after it. That count is the index of the
 * first item it does not hold for ("the first token ending after x", "the first mention from x").
 */
export function countLeading<T>(items: ArrayLike<T>, isLeading: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isLeading(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
