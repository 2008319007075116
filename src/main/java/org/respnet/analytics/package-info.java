/**
 * The questions RespNet answers over the graph — workloads, portfolios, tasks — each asked through
 * one named query in {@code cypher/} and returned as records.
 */
package org.respnet.analytics;
