import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'tw-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Tickwire</h1>',
})
export class App {}
