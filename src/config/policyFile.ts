// Loads the seller's policy overrides from a JSON or YAML file (POLICY_FILE or --policy).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_POLICY, parsePolicy, PolicyError, type Policy } from '../policy/policy.ts';

export function loadPolicy(path: string | undefined): Policy {
  if (!path) return DEFAULT_POLICY;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PolicyError(`policy file ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let raw: unknown;
  try {
    // YAML is a superset of JSON, so one parser reads both.
    raw = parseYaml(text);
  } catch (error) {
    throw new PolicyError(`policy file ${path}: not valid JSON or YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new PolicyError(`policy file ${path}: expected a mapping of keys to values`);
  }
  return parsePolicy(raw ?? {}, `policy file ${path}`);
}
