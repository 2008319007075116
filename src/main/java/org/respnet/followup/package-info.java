/**
 * Follow-up (督办): units report progress on their tasks (append-only {@code (:Progress)-[:ON]->(:Task)},
 * {@code (:Unit)-[:REPORTED]->(:Progress)}) as JSON or through an Excel template; each task's light is
 * decided by one function ({@link org.respnet.followup.TaskLight}) and rolled up per unit and leader for the
 * 督办看板 and the 督办单; every write leaves an {@code (:Audit)} entry that no API alters.
 */
package org.respnet.followup;
