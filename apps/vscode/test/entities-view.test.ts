import { beforeEach, describe, expect, it } from 'vitest';
import { EntitiesView } from '../src/entities-view';
import type { EntityItem, StatusParams } from '../src/protocol';
import { fake, fakeDocument } from './fake-vscode';

const URI = 'file:///work/nato.release.txt';
const at = (line: number, character: number, length: number) => ({
  start: { line, character },
  end: { line, character: character + length },
});
const ENTITIES: EntityItem[] = [
  {
    id: 'e1',
    name: 'NATO',
    type: 'organization',
    summary: 'NATO; 3 mentions.',
    mentions: 3,
    first: at(0, 0, 4),
  },
  { id: 'e2', name: 'Brussels', type: 'location', summary: 'Brussels.', mentions: 1, first: at(2, 10, 8) },
  {
    id: 'e3',
    name: 'Jens Stoltenberg',
    type: 'person',
    summary: 'Jens Stoltenberg, NATO Secretary General; 4 mentions.',
    mentions: 4,
    first: at(4, 7, 16),
  },
  { id: 'e4', name: 'Lloyd J. Austin III', type: 'person', summary: '', mentions: 2, first: at(6, 0, 19) },
];

function analyzed(entities: number): StatusParams {
  return { uri: URI, state: 'analyzed', entities, millis: 10 };
}

describe('the Entities view', () => {
  let status: StatusParams | undefined;
  let view: EntitiesView;
  beforeEach(() => {
    fake.reset();
    fake.activeDocument = fakeDocument(URI, 'press-release');
    status = analyzed(ENTITIES.length);
    const client = { sendRequest: async <R>() => ENTITIES as R };
    view = new EntitiesView(client, () => status);
  });

  it('groups entities by type in the core order, people first, each in order of first mention', async () => {
    await view.refresh(status);
    const groups = view.getChildren();
    expect(groups.map((group) => view.getTreeItem(group).label)).toEqual([
      'person',
      'organization',
      'location',
    ]);
    const [personGroup] = groups;
    const people = view.getChildren(personGroup).map((node) => view.getTreeItem(node));
    expect(people.map((item) => [item.label, item.description])).toEqual([
      ['Jens Stoltenberg', '×4'],
      ['Lloyd J. Austin III', '×2'],
    ]);
    expect(personGroup && view.getTreeItem(personGroup).description).toBe('2');
    expect(fake.treeView?.description).toBe('nato.release.txt');
  });

  it('reveals the first mention when an entity is clicked', async () => {
    await view.refresh(status);
    const [person] = view.getChildren(view.getChildren()[0]);
    expect(person && view.getTreeItem(person).command).toEqual({
      title: 'Go to First Mention',
      command: 'dateline.revealEntity',
      arguments: [URI, at(4, 7, 16)],
    });
  });

  it('explains an empty view: a file that is not a release', async () => {
    status = { uri: URI, state: 'skipped', entities: 0, millis: 0 };
    await view.refresh(status);
    expect(view.getChildren()).toEqual([]);
    expect(fake.treeView?.message).toContain('Analyze This File Anyway');
  });

  it('keeps the last document while focus is on the summary preview, and empties when it closes', async () => {
    await view.refresh(status);
    fake.activeDocument = undefined;
    await view.refresh();
    expect(view.getChildren()).toHaveLength(3);
    view.documentClosed(URI);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(view.getChildren()).toEqual([]);
  });
});
