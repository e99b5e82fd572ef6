import { describe, expect, it } from 'vitest';
import { passesForSystemActor } from './person-name.js';

describe(passesForSystemActor.name, () => {
  it.each(['system:seed', 'System:bootstrap', ' system:x', '\u200bsystem:seed', 'system\uff1aseed', 'system :seed', 'system\u00a0: seed', 'sys\u00adtem:seed', '\ufeffSYSTEM\u200b:seed'])('takes %j for Factdesk’s own actor', (name) => {
    expect(passesForSystemActor(name)).toBe(true);
  });

  it.each(['Systems desk', 'system', 'the system: desk', 'systemic:seed', 'ana silva'])('takes %j for a person', (name) => {
    expect(passesForSystemActor(name)).toBe(false);
  });
});
