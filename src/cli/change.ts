/**
 * `chuan-ngheo change <before> <after>`: the change in the weighted figures between two
 * reviews or survey rounds, with standard errors (`summarizeChange`, printed by `renderChange`):
 * independent samples by default, or a panel matched by household id (`--panel`, `--id <col>`)
 * or by PSU. Both files are read and classified as `classify` reads them. Node-only.
 *
 * @module
 */
import type { SummaryItem } from '../batch/summarize.js';
import { ValidationError } from '../errors.js';
import { renderChange } from '../render/summary.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { summarizeChange, type ChangeOptions } from '../stats/change.js';
import { CliError, EXIT, UsageError } from './errors.js';
import { Sink } from './files.js';
import { note, stopMessage, type CliIo } from './run.js';
import { collectItems, type OpenedRun } from './sheets.js';
import { optionError, type StatsSettings } from './stats.js';
import { countIn, countText, printable } from './text.js';

/** The options of `change`. */
export interface ChangeValues {
  readonly by?: string | undefined;
  readonly panel?: boolean | undefined;
  readonly id?: string | undefined;
  readonly json?: boolean | undefined;
  readonly out?: string | undefined;
  readonly 'summary-json'?: string | undefined;
}

/** Runs `change` over two opened runs; returns the exit code. */
export async function changeCommand(
  before: OpenedRun,
  after: OpenedRun,
  values: ChangeValues,
  context: { locale: Locale; ruleSet: RuleSet; stats: StatsSettings },
  io: CliIo,
): Promise<number> {
  const { locale, ruleSet, stats } = context;
  const names = ['by', 'id', ...Object.keys(stats.columns)];
  const rounds = [await collectItems(before, names, io.signal), await collectItems(after, names, io.signal)];
  const side = new WeakMap<object, { values: Record<string, string | number | null>; id: string | undefined }>();
  const items = rounds.map((rows) =>
    rows.map((row) => {
      side.set(row.item, { values: row.values, id: row.id });
      return row.item;
    }),
  );
  const columnValue = (name: string) => (item: SummaryItem) => side.get(item)?.values[name] ?? undefined;
  const options: ChangeOptions = {
    ruleSet,
    ...stats.options,
    ...(values.by === undefined ? {} : { by: (item: SummaryItem) => columnValue('by')(item) ?? null }),
    ...Object.fromEntries(Object.keys(stats.columns).map((name) => [name, columnValue(name)])),
    samples: values.panel === true ? 'panel' : 'independent',
    ...(values.panel === true ? { id: (item: SummaryItem) => (values.id === undefined ? side.get(item)?.id : (columnValue('id')(item) ?? undefined)) } : {}),
  };
  let change;
  try {
    change = summarizeChange(items[0]!, items[1]!, options);
  } catch (error) {
    if (error instanceof ValidationError) {
      const issue = error.issues[0]!;
      const [round, index] = issue.path;
      if ((round === 'before' || round === 'after') && typeof index === 'number') {
        const row = rounds[round === 'before' ? 0 : 1]![index];
        throw new UsageError(`${round === 'before' ? 'the first file' : 'the second file'}, row ${index + 1}${row === undefined ? '' : ''}: ${issue.message}`);
      }
      throw optionError(error);
    }
    throw error;
  }
  const failed = rounds.map((rows) => rows.filter((row) => row.result === null).length);
  const sinks: Sink[] = [];
  let out: Sink | undefined;
  try {
    out = await Sink.open(values.out, io.stdout);
    sinks.push(out);
    out.write(values.json === true ? `${JSON.stringify(change, null, 2)}\n` : `${printable(renderChange(change, { locale, ruleSet }))}\n`);
    await out.finish();
    if (values['summary-json'] !== undefined) {
      const json = await Sink.open(values['summary-json'], io.stdout);
      sinks.push(json);
      json.write(`${JSON.stringify(change, null, 2)}\n`);
      await json.finish();
    }
    for (const sink of sinks) await sink.commit();
  } catch (error) {
    await Promise.all(sinks.map((sink) => sink.discard()));
    if (!(error instanceof CliError)) throw error;
    note(io, stopMessage(error, rounds[0]!.length + rounds[1]!.length, out, sinks));
    return error.exitCode;
  }
  note(
    io,
    locale === 'vi'
      ? `chuan-ngheo: lần trước ${countIn('vi', rounds[0]!.length)} dòng (${countIn('vi', failed[0]!)} lỗi), lần sau ${countIn('vi', rounds[1]!.length)} dòng (${countIn('vi', failed[1]!)} lỗi)${change.matched === null ? '' : `; ${countIn('vi', change.matched)} đơn vị ghép được ở cả hai lần`}`
      : `chuan-ngheo: before ${countText(rounds[0]!.length)} rows (${countText(failed[0]!)} failed), after ${countText(rounds[1]!.length)} rows (${countText(failed[1]!)} failed)${change.matched === null ? '' : `; ${countText(change.matched)} units matched in both rounds`}`,
  );
  return failed[0]! + failed[1]! > 0 ? EXIT.rowsFailed : EXIT.ok;
}
