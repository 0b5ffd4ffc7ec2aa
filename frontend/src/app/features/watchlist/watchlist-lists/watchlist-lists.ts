import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { SharedLink, shareUrl } from '../../../data/watchlist/shared-link';
import { WatchlistStore } from '../../../data/watchlist/watchlist-store';
import { MAX_NAME_LENGTH } from '../../../data/watchlist/watchlist-format';

type Editing = 'new' | 'rename' | null;

/** The named watchlists: choose, create, rename, delete, share; and a shared link's notice. */
@Component({
  selector: 'tw-watchlist-lists',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './watchlist-lists.html',
  styleUrl: './watchlist-lists.scss',
})
export class WatchlistLists {
  protected readonly store = inject(WatchlistStore);
  protected readonly shared = inject(SharedLink);
  protected readonly maxName = MAX_NAME_LENGTH;
  protected readonly editing = signal<Editing>(null);
  protected readonly status = signal('');
  protected readonly link = signal<string | null>(null);
  protected readonly canDelete = computed(() => this.store.lists().length > 1);
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('name');

  constructor() {
    // The name field takes the focus as it opens (New, Rename).
    effect(() => {
      const input = this.nameInput()?.nativeElement;
      input?.focus();
      input?.select();
    });
  }

  protected choose(id: string): void {
    this.store.activate(id);
    this.link.set(null);
  }

  protected startEditing(mode: Editing): void {
    this.editing.set(mode);
  }

  protected submit(name: string): void {
    const mode = this.editing();
    const active = this.store.active();
    if (mode === 'new') {
      const list = this.store.createList(name);
      this.status.set(list ? `Watchlist ${list.name} created` : 'Give the list a name');
      if (!list) return;
    } else if (mode === 'rename' && active) {
      if (!this.store.renameList(active.id, name)) return this.status.set('Give the list a name');
      this.status.set(`Watchlist renamed ${this.store.active()?.name}`);
    }
    this.editing.set(null);
  }

  protected remove(): void {
    const active = this.store.active();
    if (!active || !this.store.deleteList(active.id)) return;
    this.status.set(`Watchlist ${active.name} deleted`);
  }

  protected share(): void {
    const url = shareUrl(this.store.symbols());
    this.link.set(url);
    void globalThis.navigator?.clipboard?.writeText(url).then(
      () => this.status.set('Link copied'),
      () => this.status.set('Link ready to copy'),
    );
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.editing.set(null);
  }
}
