/**
 * The file-format layer: whatever a user uploads — text in UTF-8 or GB18030/GBK, Word (.docx,
 * .doc), Excel (.xlsx, .xls), a saved government web page or a text PDF — is recognised by its bytes,
 * never its name, and reduced to one {@link org.respnet.ingest.extract.SourceDocument} of paragraphs
 * and tables, so the notice reader is written once for all of them. The libraries (Tika for the
 * magic bytes, POI, jsoup, PDFBox) do the parsing; this package only maps their output to blocks
 * and guarantees, for every format: blocks in reading order; paragraph and cell texts without
 * surrounding white space (ideographic and no-break spaces included), blank paragraphs and fully
 * empty table rows left out; a merged cell's text in its first cell only, the cells it covers empty
 * so columns stay aligned; each block and row placed by a running number and by where it is in the
 * file's own terms (第12行, 第3页第5行, 表1第4行, 工作表“Sheet1”第7行); and a file that cannot be read
 * refused with an {@link org.respnet.ingest.extract.UnreadableDocumentException} saying why in plain
 * words rather than read half.
 */
package org.respnet.ingest.extract;
