/**
 * The unit co-assignment network: units linked when they are named on the same task. Its figures
 * (betweenness, degree, weighted degree, community) are computed with GraphStream after each
 * import and stored on the units; requests only read them. Also the Gephi exports.
 */
package org.respnet.analytics.network;
