/**
 * Cross-cutting set-up: the embedded Neo4j server and the Bolt driver (or an external server),
 * logins and roles, HTTP error bodies (RFC 9457), paging parameters and page routes.
 */
package org.respnet.system;
