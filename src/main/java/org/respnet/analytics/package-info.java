/**
 * The questions RespNet answers over the graph — workloads, portfolios, tasks, and the supervision
 * office's co-lead conflicts, leader × unit matrix, communities and bottleneck ranking — each asked
 * through one named query in {@code cypher/} and returned as records. The co-assignment network
 * figures those answers read are computed in {@code network/}.
 */
package org.respnet.analytics;
