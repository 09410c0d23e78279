import { describe, expect, it } from 'vitest';
import { isSortKey, sortOptionOf, sortOptions, sortSelectData } from './reviewSorts';

describe('decision log sorting', () => {
  it('offers four orders, newest first by default', () => {
    expect(sortSelectData).toEqual([
      { value: 'newest', label: 'Newest first' },
      { value: 'oldest', label: 'Oldest first' },
      { value: 'decided', label: 'Recently decided' },
      { value: 'title', label: 'Title A–Z' },
    ]);
  });

  it("maps each option to the API's sort and order", () => {
    expect(sortOptions.oldest).toMatchObject({ sort: 'created', order: 'asc' });
    expect(sortOptions.decided).toMatchObject({ sort: 'decided', order: 'desc' });
    expect(sortOptions.title).toMatchObject({ sort: 'title', order: 'asc' });
  });

  it('reads the option back from the URL, defaulting what it does not offer', () => {
    expect(sortOptionOf('created', 'asc')).toBe('oldest');
    expect(sortOptionOf('decided', null)).toBe('decided');
    expect(sortOptionOf('title', 'asc')).toBe('title');
    expect(sortOptionOf('title', 'desc')).toBe('newest');
    expect(sortOptionOf('status', 'asc')).toBe('newest');
    expect(sortOptionOf(null, null)).toBe('newest');
  });

  it('checks select values', () => {
    expect(isSortKey('oldest')).toBe(true);
    expect(isSortKey('created')).toBe(false);
  });
});
