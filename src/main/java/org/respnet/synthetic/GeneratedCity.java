package org.respnet.synthetic;

import java.util.List;

/**
 * One synthetic city: its notice text and the reference rows ({@code units.csv} lines) that give
 * its county-level units their group membership.
 */
public record GeneratedCity(String name, List<String> counties, String notice, List<String> referenceRows) {
}
