package org.respnet.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on progress reporting (defaults in {@code application.properties}).
 *
 * @param maxUploadRows rows below the header a progress workbook may hold; a larger one is refused (422)
 */
@ConfigurationProperties("respnet.followup")
record FollowUpProperties(int maxUploadRows) {
}
