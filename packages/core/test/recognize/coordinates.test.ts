/** Places given by their coordinates, in the forms gazetteers and releases write them. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const places = (text: string) =>
  analyze(text)
    .entities.filter((e) => e.type === 'location')
    .map((e) => e.mentions.map((m) => m.text));

describe('coordinates', () => {
  it('in degrees, minutes and seconds, in decimal degrees, and as a decimal pair: one point, one place', () => {
    expect(places('Coordinates: 33°47′N 44°30′E / 33.783°N 44.500°E / 33.783; 44.500')).toEqual([
      ['33°47′N 44°30′E', '33.783°N 44.500°E', '33.783; 44.500'],
    ]);
  });

  it('two points are two places; south and west are negative', () => {
    expect(
      places("The ships met at 26°34'12\"N, 56°15'E and later at 33.5°S 70.6°W / -33.5; -70.6."),
    ).toEqual([["26°34'12\"N, 56°15'E"], ['33.5°S 70.6°W', '-33.5; -70.6']]);
  });

  it('no place: temperatures, angles, a lone latitude, or a pair that is another point', () => {
    expect(
      places('It was 35°C, the turret turned 90° north, at 33.1°N. Coordinates: 10°N 20°E / 11.0; 20.0'),
    ).toEqual([['10°N 20°E']]);
  });

  it('reads a run of degree signs in linear time', () => {
    const text = `${'1°'.repeat(200_000)}N`;
    expect(places(text)).toEqual([]);
  });
});
