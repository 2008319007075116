/**
 * The supervision office's (督查室) questions: co-led tasks and co-lead pairs, the leader × unit
 * matrix, communities of units and the bottleneck ranking with every component beside its score.
 */
package org.respnet.supervision;
