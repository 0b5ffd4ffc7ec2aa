import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Flash } from './flash';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Flash],
  template: `<span [twFlash]="value()" [twFlashKey]="key()"></span>`,
})
class FlashHost {
  readonly value = signal<number | null>(null);
  readonly key = signal('A:last');
}

describe('Flash', () => {
  const flashOf = (host: HTMLElement) => host.querySelector('span')?.dataset['flash'];

  it('never flashes the first value a cell shows, then flashes changes and turns them off', async () => {
    const fixture = TestBed.createComponent(FlashHost);
    const host = fixture.nativeElement as HTMLElement;
    fixture.componentInstance.value.set(10);
    await fixture.whenStable();
    expect(flashOf(host)).toBeUndefined();
    fixture.componentInstance.value.set(11);
    await fixture.whenStable();
    expect(flashOf(host)).toBe('up');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(flashOf(host)).toBeUndefined();
  });

  it('does not flash when a recycled cell starts showing another symbol', async () => {
    const fixture = TestBed.createComponent(FlashHost);
    const host = fixture.nativeElement as HTMLElement;
    fixture.componentInstance.value.set(10);
    await fixture.whenStable();
    fixture.componentInstance.key.set('B:last');
    fixture.componentInstance.value.set(20);
    await fixture.whenStable();
    expect(flashOf(host)).toBeUndefined();
  });
});
