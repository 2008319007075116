package org.respnet.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The cache of read answers ({@link AnswerCache}).
 *
 * @param enabled        keep answers until the graph changes (the default); false computes every answer
 * @param maxSize        memory the cached answers may take in all; the least used go first
 * @param maxAnswerSize  larger answers (whole-graph downloads) are never kept
 */
@ConfigurationProperties("respnet.cache")
public record AnswerCacheProperties(boolean enabled, DataSize maxSize, DataSize maxAnswerSize) {
}
