import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Auth } from '../../data/auth/auth';
import { HttpError } from '../../shared/http';

/** "Sign in" / "Sign out": a modal dialog with the login form. */
@Component({
  selector: 'tw-sign-in',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
})
export class SignIn {
  protected readonly auth = inject(Auth);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected openDialog(): void {
    this.error.set(null);
    const dialog = this.dialog().nativeElement;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }

  protected close(): void {
    const dialog = this.dialog().nativeElement;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  }

  protected async submit(event: Event, username: string, password: string): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.auth.signIn({ username: username.trim(), password });
      this.close();
    } catch (error) {
      this.error.set(
        error instanceof HttpError && error.status === 401
          ? 'Wrong username or password.'
          : error instanceof HttpError && error.status === 429
            ? 'Too many attempts: wait a minute.'
            : 'Sign-in failed: the gateway is not reachable.',
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut().catch(() => undefined);
  }
}
