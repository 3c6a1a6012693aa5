// The exit code and the line of each kind of failure, and the internal error that is neither.
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { describeFailure, InputError } from '../src/cliErrors.ts';
import { ConfigError } from '../src/config/config.ts';
import { DatabaseSetupError } from '../src/store/databaseSetup.ts';
import { DataDirLockedError } from '../src/store/dataDirLockedError.ts';

describe('describeFailure', () => {
  it('gives each kind its exit code', () => {
    expect(describeFailure(new InputError('no case C-9'))).toEqual({ kind: 'input', exitCode: 1, line: 'no case C-9' });
    expect(describeFailure(new CommanderError(1, 'commander.unknownCommand', "error: unknown command 'x'"), [])).toMatchObject({
      kind: 'usage',
      exitCode: 2,
    });
    expect(describeFailure(new ConfigError('SLACK_BOT_TOKEN: required'))).toMatchObject({ kind: 'setup', exitCode: 3 });
    expect(describeFailure(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toMatchObject({ exitCode: 0, line: null });
  });

  it('says an unexpected error is one, in one line, with exit 70', () => {
    const failure = describeFailure(new TypeError("Cannot read properties of undefined (reading 'ref')\n  more"));
    expect(failure).toEqual({
      kind: 'internal',
      exitCode: 70,
      line: "internal error, please report it: Cannot read properties of undefined (reading 'ref') more (the log below has the details)",
    });
  });

  it('keeps the words of a known error met while opening the database, which already name it', () => {
    const locked = new DatabaseSetupError('/srv/rma/db', new DataDirLockedError('/srv/rma/db', { pid: 4242, command: 'rma-desk start' }));
    expect(describeFailure(locked)).toEqual({
      kind: 'setup',
      exitCode: 3,
      line: expect.stringMatching(
        /^the database directory \/srv\/rma\/db is in use by process 4242 \(rma-desk start\); .*stop that process first/,
      ),
    });
  });

  it('names the file of a file-system error no command translated', () => {
    const error = Object.assign(new Error("EACCES: permission denied, mkdir '/srv/out'"), { code: 'EACCES', path: '/srv/out' });
    expect(describeFailure(error)).toEqual({ kind: 'input', exitCode: 1, line: '/srv/out: permission denied' });
  });
});
