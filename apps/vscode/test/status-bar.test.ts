import { beforeEach, describe, expect, it } from 'vitest';
import { StatusBar } from '../src/status-bar';
import { fake, fakeDocument } from './fake-vscode';

const RELEASE = 'file:///work/nato.release.txt';
const NOTES = 'file:///work/notes.txt';

describe('the status-bar item', () => {
  let bar: StatusBar;
  beforeEach(() => {
    fake.reset();
    bar = new StatusBar();
  });

  it('shows the entity count and the time of the active document', () => {
    fake.activeDocument = fakeDocument(RELEASE, 'press-release');
    bar.set({ uri: RELEASE, state: 'analyzed', entities: 42, millis: 12.4 });
    expect(fake.statusBarItem).toMatchObject({
      visible: true,
      text: '$(symbol-namespace) Dateline: 42 entities · 12 ms',
      command: 'dateline.listEntities',
    });
  });

  it('offers to analyse a plain-text file the server left alone', () => {
    fake.activeDocument = fakeDocument(NOTES, 'plaintext');
    bar.set({
      uri: NOTES,
      state: 'skipped',
      entities: 0,
      millis: 0,
      reason: 'the text does not look like a press release',
    });
    expect(fake.statusBarItem?.text).toBe('$(circle-slash) Dateline: not a press release');
    expect(fake.statusBarItem?.tooltip).toContain('Click to analyze it anyway');
    expect(fake.statusBarItem?.command).toBe('dateline.analyzeAnyway');
  });

  it('says "off", not "not a press release", when the user turned Dateline off', () => {
    fake.activeDocument = fakeDocument(RELEASE, 'press-release');
    fake.settings['dateline.enable'] = 'never';
    bar.set({ uri: RELEASE, state: 'skipped', entities: 0, millis: 0, reason: 'dateline.enable is "never"' });
    expect(fake.statusBarItem?.text).toBe('$(circle-slash) Dateline: off');
  });

  it('warns about a document over the size limit and links the setting', () => {
    fake.activeDocument = fakeDocument(RELEASE, 'press-release');
    bar.set({ uri: RELEASE, state: 'too-large', entities: 0, millis: 0, reason: 'The document is 3 MB.' });
    expect(fake.statusBarItem?.text).toBe('$(warning) Dateline: too large');
    expect(fake.statusBarItem?.command).toMatchObject({ arguments: ['dateline.maxDocumentSize'] });
    expect(fake.statusBarItem?.backgroundColor?.id).toBe('statusBarItem.warningBackground');
  });

  it('follows the active editor and hides for other languages', () => {
    bar.set({ uri: RELEASE, state: 'analyzed', entities: 1, millis: 3 });
    fake.activeDocument = fakeDocument(RELEASE, 'press-release');
    bar.render();
    expect(fake.statusBarItem?.text).toBe('$(symbol-namespace) Dateline: 1 entity · 3 ms');
    fake.activeDocument = fakeDocument('file:///work/app.ts', 'typescript');
    bar.render();
    expect(fake.statusBarItem?.visible).toBe(false);
  });

  it('says nothing about a plain-text file until the server has decided', () => {
    fake.activeDocument = fakeDocument(NOTES, 'plaintext');
    bar.render();
    expect(fake.statusBarItem?.visible).toBe(false);
  });
});
