// The serial-number step as a customer meets it: a typo put right later in intake, a part number typed
// instead of the serial, and a person asked for in the same message as the serial.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedSnapshot } from '../../src/case/snapshot.ts';
import { caseHistory, findCaseByRef } from '../../src/store/caseStore.ts';
import { openTestApp, toCustomer, toStaff, type TestApp } from '../support/testApp.ts';

const SOLD = 'FNS17320ABC';
const PHOTO = { name: 'label.jpg', type: 'image/jpeg', size: 1000 };

describe('the serial-number step', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function context() {
    return persistedSnapshot((await findCaseByRef(app.database.db, 'C-1001'))!).context;
  }
  const mismatchFlags = async () => (await context()).flags.filter((f) => f.code === 'serial_mismatch');

  async function openOptic() {
    const first = await app.send({ user: 'U1', text: 'order 100234 the optic is dead', at: '2026-11-20T10:00:00Z' });
    expect(first.messages.at(-1)).toMatchObject({ expects: 'serial_number' });
  }

  it.each(['sorry typo FNS17320ABC', 'sorry, the serial is FNS17320ABC', 'S/N: FNS-1732 0ABC', 'oops it’s fns 1732-0abc'])(
    'a mistyped serial is put right by "%s": recorded, the flag cleared, confirmed, and intake goes on',
    async (correction) => {
      await openOptic();
      const wrong = await app.send({ user: 'U1', text: 'FNS17320ABD' });
      expect(toCustomer(wrong.messages)[0]).toMatch(/^The serial FNS17320ABD does not match our records/);
      // Privacy: a wrong serial is never answered with the right one.
      for (const text of toCustomer(wrong.messages)) expect(text).not.toContain(SOLD);
      expect(await mismatchFlags()).toHaveLength(1);

      const fixed = await app.send({ user: 'U1', text: correction });
      expect(toCustomer(fixed.messages)).toEqual([
        `Thanks, ${SOLD} matches the SFP-10G-SR on order 100234; I've corrected the serial on C-1001.`,
        'Please send a photo of the serial-number label, with the whole label readable.',
      ]);
      expect(fixed.messages.at(-1)).toMatchObject({ expects: 'serial_photo' });
      expect((await context()).serialGiven).toBe(SOLD);
      expect(await mismatchFlags()).toEqual([]);
      // The audit trail keeps both serials the customer typed.
      const row = (await findCaseByRef(app.database.db, 'C-1001'))!;
      const serials = (await caseHistory(app.database.db, row.id)).filter((h) => h.type === 'serial.provided').map((h) => h.data);
      expect(serials).toEqual([{ serial: 'FNS17320ABD' }, { serial: SOLD }]);
    },
  );

  it('a second wrong serial replaces the first and stays flagged, once, without showing the sold serial', async () => {
    await openOptic();
    await app.send({ user: 'U1', text: 'FNS17320ABD' });
    const again = await app.send({ user: 'U1', text: 'sorry, S/N FNS17320ABX' });
    expect(toCustomer(again.messages)[0]).toMatch(/^The serial FNS17320ABX does not match our records/);
    for (const text of toCustomer(again.messages)) expect(text).not.toContain(SOLD);
    expect((await context()).serialGiven).toBe('FNS17320ABX');
    expect((await mismatchFlags()).map((f) => f.detail)).toEqual([`given FNS17320ABX, sold ${SOLD}`]);
  });

  it('a serial put right later in intake: after the photos, and within a fault description', async () => {
    await openOptic();
    await app.send({ user: 'U1', text: 'FNS17320ABD' });
    const photos = await app.send({ user: 'U1', files: [PHOTO, { ...PHOTO, name: 'rack.jpg' }] });
    expect(photos.messages.at(-1)).toMatchObject({ expects: 'fault_description' });
    const both = await app.send({ user: 'U1', text: `serial is really ${SOLD}, and the port shows no light at all` });
    expect(toCustomer(both.messages)[0]).toMatch(/^Thanks, FNS17320ABC matches/);
    expect(both.messages.at(-1)).toMatchObject({ expects: 'evidence' });
    const c = await context();
    expect(c.fault).toBe(`serial is really ${SOLD}, and the port shows no light at all`);
    expect(await mismatchFlags()).toEqual([]);
  });

  it.each(['sorry, it is FNS 1732 0ABC', SOLD])(
    'the recorded serial typed again on its own ("%s") is not taken for the fault: the customer is told it is known and asked again',
    async (again) => {
      await openOptic();
      await app.send({ user: 'U1', text: SOLD });
      await app.send({ user: 'U1', files: [PHOTO, { ...PHOTO, name: 'rack.jpg' }] });
      const repeated = await app.send({ user: 'U1', text: again });
      expect(toCustomer(repeated.messages)[0]).toBe(`Thanks, I already have ${SOLD} as the serial on C-1001.`);
      expect(repeated.messages.at(-1)).toMatchObject({ to: 'customer', expects: 'fault_description' });
      expect(toStaff(repeated.messages)).toEqual([]);
      expect((await context()).fault).toBeNull();
      const fault = await app.send({ user: 'U1', text: 'no light on the port since Monday' });
      expect(fault.messages.at(-1)).toMatchObject({ expects: 'evidence' });
      expect((await context()).fault).toBe('no light on the port since Monday');
    },
  );

  it('"actually the label says …" puts a serial right too', async () => {
    await openOptic();
    await app.send({ user: 'U1', text: SOLD });
    await app.send({ user: 'U1', files: [PHOTO] });
    const changed = await app.send({ user: 'U1', text: 'actually the label says FNS17320ABD' });
    expect(toCustomer(changed.messages)[0]).toMatch(/^The serial FNS17320ABD does not match our records/);
    expect((await context()).serialGiven).toBe('FNS17320ABD');
    expect(await mismatchFlags()).toHaveLength(1);
  });

  it('the order number or a fault description are not read as a new serial', async () => {
    await openOptic();
    await app.send({ user: 'U1', text: SOLD });
    await app.send({ user: 'U1', files: [PHOTO, { ...PHOTO, name: 'rack.jpg' }] });
    const fault = await app.send({ user: 'U1', text: 'CRC errors 12345 since the 18th on port 3' });
    expect(fault.messages.at(-1)).toMatchObject({ expects: 'evidence' });
    await app.send({ user: 'U1', text: '100234' });
    expect((await context()).serialGiven).toBe(SOLD);
    expect(await mismatchFlags()).toEqual([]);
  });

  it.each(['SFP-10G-SR', 'sfp10gsr', 'S/N: SFP-10G-SR'])(
    '"%s" is the part number: no mismatch, the serial is asked with a tip',
    async (typed) => {
      await openOptic();
      const reply = await app.send({ user: 'U1', text: typed });
      const [text] = toCustomer(reply.messages);
      expect(text).toMatch(/^SFP-10G-SR is the part number; I need the serial number \(SN\)/);
      expect(text).toContain('`show inventory`');
      expect(text).not.toContain(SOLD);
      expect(reply.messages.at(-1)).toMatchObject({ expects: 'serial_number' });
      expect((await context()).serialGiven).toBeNull();
      expect(await mismatchFlags()).toEqual([]);
      // Then the serial itself is taken as usual.
      const serial = await app.send({ user: 'U1', text: `SFP-10G-SR ${SOLD}` });
      expect(serial.messages.at(-1)).toMatchObject({ expects: 'serial_photo' });
      expect((await context()).serialGiven).toBe(SOLD);
    },
  );

  it('another part number of the order at the serial step is named as such; a chassis has no inventory tip', async () => {
    await app.send({ user: 'U2', text: 'order 100310, the switch is dead', at: '2026-11-20T10:00:00Z' });
    const reply = await app.send({ user: 'U2', text: 'PWR-C1-715WAC' });
    const [text] = toCustomer(reply.messages);
    expect(text).toMatch(/^PWR-C1-715WAC is the part number of another item on order 100310; .* the WS-C3850-48P this claim is for\./);
    expect(text).toContain('label of the unit');
    expect(text).not.toContain('show inventory');
    expect(reply.messages.at(-1)).toMatchObject({ expects: 'serial_number' });
  });

  it('a person asked for with the serial: the serial is taken and the request handled as "talk to a person" alone', async () => {
    await openOptic();
    const reply = await app.send({ user: 'U1', text: `${SOLD} please get me a human` });
    expect((await context()).serialGiven).toBe(SOLD);
    expect((await context()).flags.map((f) => f.code)).toEqual(['human_requested']);
    expect(toStaff(reply.messages)).toEqual([
      expect.objectContaining({ text: expect.stringMatching(/^C-1001: U1 asks for a person/), quote: `${SOLD} please get me a human` }),
    ]);
    expect(toCustomer(reply.messages)[0]).toMatch(/^I've asked a person from our staff to help with C-1001/);
    expect(reply.messages.at(-1)).toMatchObject({ expects: 'serial_photo' });
  });

  it('a person asked for with a corrected serial later in intake: both are taken', async () => {
    await openOptic();
    await app.send({ user: 'U1', text: 'FNS17320ABD' });
    const reply = await app.send({ user: 'U1', text: `S/N ${SOLD}, can I talk to a person?` });
    expect(toStaff(reply.messages)).toHaveLength(1);
    expect((await context()).serialGiven).toBe(SOLD);
    expect((await context()).flags.map((f) => f.code)).toEqual(['human_requested']);
  });

  it('a person asked for in the opening message with the order number: the order is found too', async () => {
    const reply = await app.send({ user: 'U1', text: 'order 100234 talk to a person', at: '2026-11-20T10:00:00Z' });
    expect(toStaff(reply.messages)).toHaveLength(1);
    expect((await context()).orderNumber).toBe('100234');
    expect(reply.messages.at(-1)).toMatchObject({ expects: 'serial_number' });
  });
});
