/**
 * `npm run train:ner [-- --epochs N] [--dev FILE]` — rebuilds lib/story/entities/model.json from
 * the CoNLL-2003 training set (under ../shared/data, or $BACKSTORY_DATA), deterministically.
 * `--dev` prints dev scores (for tuning; the dev set is never trained on). `--help` lists every option.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { buildGazetteer } from '../lib/story/entities/gazetteer.ts';
import { prepareDocument } from '../lib/story/entities/features.ts';
import { loadModel } from '../lib/story/entities/model.ts';
import { recognizeWith } from '../lib/story/entities/recognize.ts';
import { tokenize } from '../lib/story/entities/tokenize.ts';
import { tagDocument } from '../lib/story/entities/tagger.ts';
import { numberOption, toolArgs } from './lib/args.ts';
import { buildGazetteerLists } from './train/ner-gazetteers.ts';
import { goldTags, readDocs } from './train/ner-data.ts';
import { FloatTable } from './train/perceptron.ts';
import { serializeModel } from './train/ner-serialize.ts';
import { train, type TrainingDoc } from './train/ner-train.ts';
import { microMain, scoreDocuments } from './eval/entities.ts';

const DATA = `${process.env.BACKSTORY_DATA ?? '../shared/data'}/entities`;
const USAGE = `usage: npm run train:ner [-- [--train FILE,FILE...] [--dev FILE] [--dev-every] [--epochs N] [--min-count N] [--folds N] [--min-weight X] [--out FILE]]
  --train   training files, comma-separated (default ${DATA}/conll2003-train.jsonl.gz)
  --dev     print dev scores for the final model (tuning only; dev is never trained on); --dev-every: after each epoch
  --epochs 10, --min-count 5, --folds 1 (jackknifed first-pass tags when > 1), --min-weight 0.5
  --out     default lib/story/entities/model.json`;
const { values } = toolArgs(USAGE, process.argv.slice(2), {
  train: { type: 'string' },
  dev: { type: 'string' },
  'dev-every': { type: 'boolean' },
  epochs: { type: 'string' },
  'min-count': { type: 'string' },
  folds: { type: 'string' },
  'min-weight': { type: 'string' },
  out: { type: 'string' },
});
const trainFiles = (values.train ?? `${DATA}/conll2003-train.jsonl.gz`).split(',');
const devFile = values.dev ?? null;
const epochs = numberOption(USAGE, 'epochs', values.epochs, 10);
const minCount = numberOption(USAGE, 'min-count', values['min-count'], 5);
const out = values.out ?? 'lib/story/entities/model.json';

const started = performance.now();
const lists = buildGazetteerLists();
const gazetteer = buildGazetteer(lists);
const docs = await readDocs(trainFiles);
const training: TrainingDoc[] = docs.map((d) => {
  const tokens = tokenize(d.text);
  return { ctx: prepareDocument(d.text, gazetteer, tokens), gold: goldTags(tokens, d.entities) };
});
const dev = devFile ? await readDocs([devFile]) : [];
console.error(`train: ${docs.length} documents, ${training.reduce((n, d) => n + d.gold.length, 0)} tokens`);

const report = (label: string, table: FloatTable | ReturnType<typeof loadModel>['table']) => {
  if (!dev.length) return;
  const model = { table, gazetteer };
  const s = scoreDocuments(dev, (text) => recognizeWith(model, text, { rules: false }));
  const m = microMain(s);
  const per = (['PER', 'ORG', 'LOC', 'MISC'] as const).map((t) => {
    const c = s.counts[t];
    const f = c.pred + c.gold ? (2 * c.tp) / (c.pred + c.gold) : 0;
    return `${t} ${f.toFixed(3)}`;
  });
  console.error(`${label}: dev micro P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} | ${per.join(' ')}`);
};

// Jackknife: first-pass tags for each training document from a model trained without it.
const folds = numberOption(USAGE, 'folds', values.folds, 1);
if (folds > 1) {
  for (let k = 0; k < folds; k++) {
    const rest = training.filter((_, i) => i % folds !== k);
    const fold = train(rest, { epochs, minCount, seed: 1 + k });
    const table = new FloatTable(fold.index, fold.averaged());
    training.forEach((d, i) => {
      if (i % folds === k) d.heldOutFirstPass = tagDocument(d.ctx, table, false);
    });
    console.error(`fold ${k + 1}/${folds} done, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

const model = train(training, {
  epochs,
  minCount,
  seed: 1,
  onEpoch: (epoch, p, errors, decisions) => {
    console.error(`epoch ${epoch}: ${errors} errors / ${decisions} decisions, ${p.index.size} features, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (devFile && (epoch === epochs || values['dev-every'])) report(`epoch ${epoch} (float)`, new FloatTable(p.index, p.averaged()));
  },
});

const serialized = serializeModel(model.index, model.averaged(), lists, {
  minWeight: numberOption(USAGE, 'min-weight', values['min-weight'], 0.5),
}, {
  trainedOn: trainFiles.map((f) => f.split('/').pop()),
  trainSha256: createHash('sha256').update(docs.map((d) => d.text).join('\n')).digest('hex').slice(0, 16),
  epochs,
  minCount,
  folds,
  gazetteerSource: 'compromise lexicon (MIT)',
});
report('shipped (int8)', loadModel(serialized).table);
const json = JSON.stringify(serialized);
writeFileSync(out, json + '\n');
console.error(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB, ${serialized.meta.features} features, ${((performance.now() - started) / 1000).toFixed(0)} s`);
