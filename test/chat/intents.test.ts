import { describe, expect, it } from 'vitest';
import { intentOf, type QuestionTopic } from '../../src/chat/intents.ts';

describe('intentOf: what a message asks for', () => {
  it.each([
    'can I talk to a human please',
    'agent',
    'human',
    'Human?',
    'help',
    'help me',
    'help please',
    'HELP!',
    'I need help',
    'talk to a person',
    'speak to someone',
    'I want to speak to someone from support',
    'real person',
    'is there a real person I can talk to?',
    'representative',
    'is there a person there',
    'is anyone there?',
    'can someone call me',
    'could somebody please call me back',
    'please call me',
    'operator',
    'support staff please',
    'a human please',
    'Can I speak with an actual person?',
    'connect me to an agent',
    'is this a bot?',
    'I want a human',
    'Can’t I just talk to a human?',
    // With the serial or order number the step asked for.
    'FNS17320ABC please get me a human',
    'S/N: FNS17320ABC, a person please',
    'order 100234 agent',
  ])('"%s" asks for a human', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'human' });
  });

  it.each([
    'actually never mind, cancel this please',
    'cancel',
    'Cancel.',
    'cancel my claim',
    'cancel the case',
    'please cancel',
    'cancel it please',
    'never mind',
    'nevermind',
    'Never mind then, thanks',
    'forget it',
    'ok forget it',
    'I want to cancel the claim',
    "I'd like to cancel my RMA",
    'can you cancel it',
    'withdraw my claim',
    'I want to withdraw the claim',
    "I don't need this anymore",
    'we no longer need the replacement',
  ])('"%s" cancels', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'cancel' });
  });

  it.each([
    'new claim',
    'I want to open a new claim',
    'another claim',
    'start a new case',
    'different item',
    'it is for a different item',
    'I have another faulty unit',
    'we also have another broken PSU from the same order',
    'can I open a second RMA for the power supply?',
  ])('"%s" asks for a new claim', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'new_claim' });
  });

  it.each<[string, QuestionTopic]>([
    ['how long is the warranty?', 'warranty_window'],
    ['is it still under warranty', 'warranty_window'],
    ['when does my warranty end', 'warranty_window'],
    ['is it still covered?', 'warranty_window'],
    ['what is DOA', 'doa_window'],
    ['how many days for DOA', 'doa_window'],
    ['do I need to pay shipping?', 'shipping_cost'],
    ['who pays for shipping', 'shipping_cost'],
    ['are duties covered', 'shipping_cost'],
    ['is return shipping free', 'shipping_cost'],
    ['where do I send it', 'return_address'],
    ['what is the return address', 'return_address'],
    ['where to ship', 'return_address'],
    ['when will I get my money back?', 'refund_timing'],
    ['how long does the refund take', 'refund_timing'],
    ['refund status', 'refund_timing'],
    ['can I return an as-is item', 'as_is'],
    ['what about for parts items', 'as_is'],
    ['what is not covered', 'not_covered'],
    ['does the warranty cover lightning damage', 'not_covered'],
    ['is vendor lock covered', 'not_covered'],
    ['why do you need photos', 'intake_needs'],
    ['what do you need from me', 'intake_needs'],
    ['why do you need the serial', 'intake_needs'],
    ['any update?', 'status'],
    ["what's the status", 'status'],
    ['where is my case', 'status'],
    ['Hi, quick question: what is the warranty period?', 'warranty_window'],
    ['thanks!', 'thanks'],
    ['Thank you so much 🙏', 'thanks'],
    ['ok thx', 'thanks'],
    ['cheers', 'thanks'],
    ['great, thanks for the help', 'thanks'],
  ])('"%s" asks about %s', (text, topic) => {
    expect(intentOf(text)).toEqual({ kind: 'question', topic });
  });

  it.each([
    // Thanks with something more to say: the rest is for the step.
    'thanks, but the port is still dead',
    'thank you, here is the serial FNS17320ABC',
    // Fault descriptions
    'the port is dead since someone moved the rack',
    'the operator reseated it and it still fails',
    'order #100234 arrived dead',
    'my order was cancelled by the courier',
    'the courier will cancel the order if nobody is home',
    'cancel the order',
    "don't cancel, I found the serial",
    'why did you cancel my case',
    'cancel it if the replacement does not arrive by Friday',
    'you sent a different item',
    'I received another unit instead of the one I ordered',
    'this is not a new claim',
    'dead on arrival',
    'the psu is dead, help is on the way from our NOC',
    'someone from your team said it would ship today',
    'I want a refund',
    'my switch keeps rebooting, the SNMP agent crashes',
    'no lights at all on the power supply',
    'status LED is amber',
    'what is the status LED supposed to show?',
    'is there any firmware update?',
    'can I get a refund instead of a replacement?',
    'please help, the switch will not boot',
    'the support team told me to open a case',
    'how do I cancel?',
    'please cancel my order',
    'The switch is dead on arrival, no lights',
    // Answers to the bot's questions
    'fixed',
    'still failing',
    'yes',
    'no',
    '2',
    'the power supply',
    'S/N: FNS 1732 0ABC',
    '100234',
    // Part numbers, tracking numbers, logs
    'PWR-C1-715WAC',
    '1Z999AA10123456784',
    '%PHY-4-UNSUPPORTED_TRANSCEIVER: Unsupported transceiver found on Gi1/0/1',
    'Nov 20 10:01:02: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/1, changed state to down. Any update?',
    'Switch#show interfaces transceiver detail\nGi1/0/1 -40.0 dBm\nwhy?',
    '',
    '   ',
  ])('"%s" is no intent', (text) => {
    expect(intentOf(text)).toBeNull();
  });

  it('reads no intent in a long text, except a request for a human at its start', () => {
    const long = `The unit was installed on Monday. ${'It reboots every few minutes and the console shows errors. '.repeat(6)}Can I talk to a human?`;
    expect(long.length).toBeGreaterThan(300);
    expect(intentOf(long)).toBeNull();
    expect(intentOf(`Can I talk to a human please? ${long}`)).toEqual({ kind: 'human' });
    expect(intentOf(`cancel my claim. ${long}`)).toBeNull();
    expect(intentOf(`how long is the warranty? ${'x'.repeat(250)}`)).toBeNull();
  });

  it('checks a human first, then cancel, then a new claim, then a question', () => {
    expect(intentOf('cancel this, I want to talk to a human')).toEqual({ kind: 'human' });
    expect(intentOf('cancel this claim, I will open a new claim')).toEqual({ kind: 'cancel' });
    expect(intentOf('I have another faulty unit, how long is the warranty?')).toEqual({ kind: 'new_claim' });
    expect(intentOf("I don't want to talk to anyone, how long is the warranty?")).toEqual({ kind: 'question', topic: 'warranty_window' });
  });
});
