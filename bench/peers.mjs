/**
 * The systems under measurement, each as `load() → analyse(text) → number of items found`.
 * Loading is lazy so a worker process only loads the system it measures. Each adapter does what a
 * user of that library would do to get entities out of a text, and returns a count so that the
 * work cannot be optimised away.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed version of a package (not every package exports its package.json). */
function versionOf(name) {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      if (json.name === name) return json.version;
    }
    if (dirname(dir) === dir) return 'unknown';
    dir = dirname(dir);
  }
}

export const SYSTEMS = [
  {
    id: 'core',
    label: 'Dateline core',
    describe: () => `@dateline/core ${versionOf('@dateline/core')}: analyze(text)`,
    load: async () => {
      const { analyze } = await import('@dateline/core');
      return (text) => {
        let mentions = 0;
        for (const entity of analyze(text).entities) mentions += entity.mentions.length;
        return mentions;
      };
    },
  },
  {
    id: 'compromise',
    label: 'compromise',
    describe: () =>
      `compromise ${versionOf('compromise')} + compromise-dates ${versionOf('compromise-dates')}: ` +
      'nlp(text) .people() .places() .organizations() .dates(), each .out("array")',
    load: async () => {
      const { default: nlp } = await import('compromise');
      const { default: dates } = await import('compromise-dates');
      nlp.plugin(dates);
      // Dates are found but not resolved: .dates().get() grows quadratically with the document
      // (6 s on 80 kB here) and did not finish on 1 MB in 12 minutes. This favours compromise.
      return (text) => {
        const doc = nlp(text);
        return (
          doc.people().out('array').length +
          doc.places().out('array').length +
          doc.organizations().out('array').length +
          doc.dates().out('array').length
        );
      };
    },
  },
  {
    id: 'wink',
    label: 'wink-nlp',
    describe: () =>
      `wink-nlp ${versionOf('wink-nlp')} + wink-eng-lite-web-model ${versionOf('wink-eng-lite-web-model')}: ` +
      'readDoc(text).entities().out(its.detail)',
    load: async () => {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      const its = nlp.its;
      return (text) => nlp.readDoc(text).entities().out(its.detail).length;
    },
  },
];

export const systemById = (id) => SYSTEMS.find((system) => system.id === id);
