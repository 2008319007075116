/**
 * The figures stored per city after each import, so no request computes them: workloads, the
 * co-assignment network's degree, betweenness and communities (GraphStream), bottleneck scores and
 * co-lead pairs. The network algorithms themselves are plain Java.
 */
package org.respnet.figures;
