/**
 * Reading documents: bytes to text (UTF-8 or GB18030), text to a {@code ParsedDocument} of tasks
 * with their leaders and units, and the editable reference data on units. Plain Java — no Spring,
 * no database — so it can be tested on excerpts and reused anywhere.
 */
package org.respnet.ingest;
