/** What profile.mjs runs under --cpu-prof: core analyze() on the generated 1 MB release, three times. */
import { analyze } from '@dateline/core';
import { generateRelease } from './generate.mjs';

const text = generateRelease(1e6);
for (let i = 0; i < 3; i++) analyze(text);
