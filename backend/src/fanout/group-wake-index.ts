import { type SymbolState } from '../market/symbol-state';
import { type AlignedGroup } from './aligned-group';
import { type Subscription } from './subscription';

/**
 * Idle aligned groups (nothing scheduled) under each of their members' symbols: a change of any
 * member must wake its group (leading edge). A busy group is in the due wheel instead and checks
 * its members when its slot comes, so a flush never visits the members of busy groups: with a
 * watchlist of symbols that tick often, that visit was most of the cost of a dirty symbol.
 */
export class GroupWakeIndex {
  private readonly bySymbol = new Map<SymbolState, Set<AlignedGroup>>();

  park(group: AlignedGroup): void {
    if (group.parked) return;
    group.parked = true;
    for (const member of group.members) this.add(member.state, group);
  }

  unpark(group: AlignedGroup): void {
    if (!group.parked) return;
    group.parked = false;
    for (const member of group.members) this.remove(member.state, group);
  }

  /** Keeps a parked group's registrations in step with its members. */
  memberJoined(group: AlignedGroup, member: Subscription): void {
    if (group.parked) this.add(member.state, group);
  }

  memberLeft(group: AlignedGroup, member: Subscription): void {
    if (group.parked) this.remove(member.state, group);
  }

  /** Unparks every group waiting on `state` and hands it to `visit`. */
  wake(state: SymbolState, visit: (group: AlignedGroup) => void): void {
    const groups = this.bySymbol.get(state);
    if (!groups) return;
    this.bySymbol.delete(state);
    for (const group of groups) {
      this.unpark(group);
      visit(group);
    }
  }

  private add(state: SymbolState, group: AlignedGroup): void {
    const groups = this.bySymbol.get(state);
    if (groups) groups.add(group);
    else this.bySymbol.set(state, new Set([group]));
  }

  private remove(state: SymbolState, group: AlignedGroup): void {
    const groups = this.bySymbol.get(state);
    if (!groups) return;
    groups.delete(group);
    if (groups.size === 0) this.bySymbol.delete(state);
  }
}
