import { TestBed } from '@angular/core/testing';
import { Sparkline, sparklinePoints } from './sparkline';

describe('Sparkline', () => {
  it('scales values into the box, highest at the top', () => {
    expect(sparklinePoints([1, 3, 2], 80, 20)).toEqual([0, 19, 40, 1, 80, 10]);
    expect(sparklinePoints([], 80, 20)).toEqual([]);
  });

  it('draws on one canvas, colored against the previous close', async () => {
    const fixture = TestBed.createComponent(Sparkline);
    fixture.componentRef.setInput('values', [10, 12, 9]);
    fixture.componentRef.setInput('reference', 11);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelectorAll('canvas')).toHaveLength(1);
    expect(host.dataset['points']).toBe('3');
    expect(host.dataset['direction']).toBe('down');
    fixture.componentRef.setInput('reference', 8);
    await fixture.whenStable();
    expect(host.dataset['direction']).toBe('up');
  });
});
