import { TestBed } from '@angular/core/testing';
import { Sparkline, sparklinePoints } from './sparkline';

describe('Sparkline', () => {
  it('scales values into the box, highest at the top', () => {
    expect(sparklinePoints([1, 3, 2], 80, 20)).toBe('0.0,19.0 40.0,1.0 80.0,10.0');
    expect(sparklinePoints([], 80, 20)).toBe('');
  });

  it('renders a polyline colored against the previous close', async () => {
    const fixture = TestBed.createComponent(Sparkline);
    fixture.componentRef.setInput('values', [10, 12, 9]);
    fixture.componentRef.setInput('reference', 11);
    await fixture.whenStable();
    const line = (fixture.nativeElement as HTMLElement).querySelector('polyline');
    expect(line?.getAttribute('points')).toBe('0.0,13.0 40.0,1.0 80.0,19.0');
    expect(line?.classList.contains('down')).toBe(true);
    fixture.componentRef.setInput('reference', 8);
    await fixture.whenStable();
    expect(line?.classList.contains('up')).toBe(true);
  });
});
