/** The HTTP face of RespNet: the JSON API and the browser pages that use it. */
package org.respnet.explore;
