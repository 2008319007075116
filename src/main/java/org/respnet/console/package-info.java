/**
 * The read-only Cypher console: a user's own query runs in a READ access-mode transaction with a time
 * limit and a row cap, after a policy check that refuses writes, file access and administration early
 * with a clear reason. The named queries of {@code cypher/} are offered as examples.
 */
package org.respnet.console;
