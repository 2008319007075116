/**
 * Who carries what: the summary, unit and leader workloads, a unit's portfolio, the task ledger and
 * its CSV/XLSX export — the planners' questions, read from stored figures.
 */
package org.respnet.responsibility;
