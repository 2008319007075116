/**
 * Reading documents: bytes to text (UTF-8 or GB18030), any file format's blocks
 * ({@code extract.SourceDocument}) to a {@code ParsedDocument} of tasks with their leaders, units
 * and deadlines, and the editable reference data on units. Plain Java — no Spring, no database —
 * so it can be tested on excerpts and reused anywhere.
 *
 * <p>The reader, like a markup parser, runs reader → classifier → builder in one pass:
 * {@code NoticeParser} is the facade; {@code FlatTableRecognizer} gives tables flattened into text
 * their rows back; {@code OutlineReader} walks paragraphs keeping the numbered outline
 * ({@code TaskNumbering}) open and makes the innermost assigned level a task, reading assignments
 * with {@code AssignmentReader} (labels classified by {@code RoleLabel}), {@code UnlabelledAssignmentReader}
 * and {@code LeaderHeading}; {@code RoleTableReader} reads tables by their header; {@code TaskAssembler}
 * does what needs the whole document (keys, the document's {@code LeadRule}, glued unit names,
 * {@code ParserLimits}). Problems reject a document; warnings are guesses shown to the user. Both
 * carry their place and are collected, never thrown.
 */
package org.respnet.ingest;
