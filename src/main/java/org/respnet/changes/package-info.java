/**
 * The one change path: every write to the responsibility graph (an import, a removal, a revised notice, a
 * reassignment, a unit renamed or merged, an undo) is a {@link org.respnet.changes.ChangeSet} of named statements
 * with their inverse, built first (and shown as a dry run), then applied by {@link org.respnet.changes.ChangeSets}
 * in one transaction that also renews the change markers and writes one audit entry; committed, it publishes
 * {@link org.respnet.changes.GraphChangedEvent} so stored figures follow.
 */
package org.respnet.changes;
