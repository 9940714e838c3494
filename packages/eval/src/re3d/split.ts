/** The dev/test split of re3d (corpus README): tune on dev, only report test. */

export const RE3D_SPLITS = ['dev', 'test', 'all'] as const;
export type Re3dSplit = (typeof RE3D_SPLITS)[number];

export const RE3D_DEV_FOLDERS: readonly string[] = [
  'uk-government',
  'us-state-department',
  'australian-department-of-foreign-affairs',
  'delegation-of-the-european-union-to-syria',
  'wikipedia',
];

export const RE3D_TEST_FOLDERS: readonly string[] = ['centcom'];

/** Folders of a split, in the order documents are read. */
export function re3dFolders(split: Re3dSplit): readonly string[] {
  if (split === 'dev') return RE3D_DEV_FOLDERS;
  if (split === 'test') return RE3D_TEST_FOLDERS;
  return [...RE3D_DEV_FOLDERS, ...RE3D_TEST_FOLDERS];
}

export function isRe3dSplit(value: string): value is Re3dSplit {
  return (RE3D_SPLITS as readonly string[]).includes(value);
}
