import { fillTemplate, templateOf } from './answer-template';

describe('an answer template', () => {
  const data = {
    overview: { region: 'NORTH_WEST', asOf: '2011-06-30T12:00:00.000Z', rows: [{ id: 'p1', note: '"quoted"' }] },
    other: { asOf: '2011-06-30T12:00:00.000Z', at: null },
  };

  it('writes back exactly the text it was cut from, given the same values', () => {
    const holes = [
      { rootKey: 'other', fieldKey: 'asOf' },
      { rootKey: 'overview', fieldKey: 'asOf' },
    ];
    const template = templateOf(data, holes);
    expect(template).not.toBeNull();
    if (!template) return;
    // Holes come in the order their values appear in the text.
    expect(template.holes).toEqual([...holes].reverse());
    expect(fillTemplate(template, ['2011-06-30T12:00:00.000Z', '2011-06-30T12:00:00.000Z'])).toBe(JSON.stringify(data));
  });

  it('writes each hole’s new value, serialised, and nothing else', () => {
    const template = templateOf(data, [{ rootKey: 'overview', fieldKey: 'asOf' }]);
    if (!template) throw new Error('expected a template');
    const text = fillTemplate(template, ['2012-01-01T00:00:00.000Z']);
    expect(JSON.parse(text)).toEqual({ ...data, overview: { ...data.overview, asOf: '2012-01-01T00:00:00.000Z' } });
    expect(JSON.parse(fillTemplate(template, ['a "quoted" value']))).toMatchObject({
      overview: { asOf: 'a "quoted" value' },
    });
    // The data it was cut from is left as it was.
    expect(data.overview.asOf).toBe('2011-06-30T12:00:00.000Z');
  });

  it('has no holes and the whole text when nothing varies', () => {
    expect(templateOf(data, [])).toEqual({ parts: [JSON.stringify(data)], holes: [] });
  });

  it('refuses holes it cannot place: an unselected field, or a root value that is not an object', () => {
    expect(templateOf(data, [{ rootKey: 'overview', fieldKey: 'missing' }])).toBeNull();
    expect(templateOf({ list: [1, 2] }, [{ rootKey: 'list', fieldKey: '0' }])).toBeNull();
    expect(templateOf({ nothing: null }, [{ rootKey: 'nothing', fieldKey: 'asOf' }])).toBeNull();
  });
});
