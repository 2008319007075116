/**
 * Synthetic notices at any scale, written as text in the seed notice's own format so that the
 * real parser and importer are what a benchmark measures.
 */
package org.respnet.synthetic;
