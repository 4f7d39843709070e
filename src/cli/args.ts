// Command-line arguments, validated at the border: unknown flags, missing
// values and extra arguments are usage errors (exit status 2).

export class UsageError extends Error {}

export interface FlagSpec {
  readonly [name: string]: 'boolean' | 'string';
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean>>;
}

/** Parses `--flag value`, `--flag=value` and `--switch` against a spec. */
export function parseArgs(argv: readonly string[], spec: FlagSpec, maxPositionals: number): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const kind = spec[name];
      if (!kind) throw new UsageError(`unknown option --${name}`);
      if (name in flags) throw new UsageError(`--${name} given twice`);
      if (kind === 'boolean') {
        if (eq >= 0) throw new UsageError(`--${name} takes no value`);
        flags[name] = true;
      } else {
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
        flags[name] = value;
      }
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else positionals.push(arg);
  }
  if (positionals.length > maxPositionals) throw new UsageError(`unexpected argument ${positionals[maxPositionals]}`);
  return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}
