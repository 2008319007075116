package org.respnet.documents;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.respnet.changes.ChangeSet;
import org.respnet.changes.ChangeSets;
import org.respnet.changes.Step;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.ingest.Reading;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * A city's reading profiles: what its clerk told the reader in the preview about a table with a given header (the
 * columns' roles, the lead rule, phrases that are no unit), kept per header and applied to the city's next document
 * whose table has the same header. Saved through the change path, so saving one can be undone like any change.
 */
@Service
public class ReadingProfiles {

    static final NamedQuery<City> PROFILES = NamedQuery.of("reading-profiles", City.class);
    static final NamedQuery<Stored> STORE = NamedQuery.of("store-reading-profile", Stored.class);
    static final NamedQuery<Key> REMOVE = NamedQuery.of("remove-reading-profile", Key.class);

    record City(String city) {
    }

    record Key(String city, String header) {
    }

    record Stored(String city, String header, String reading, String savedAt) {
    }

    record Row(String header, String reading, String savedAt) {
    }

    /** One saved profile: the header it is for, and the reading. */
    public record Profile(String header, Reading reading, String savedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphReader reader;
    private final ChangeSets changes;

    ReadingProfiles(GraphReader reader, ChangeSets changes) {
        this.reader = reader;
        this.changes = changes;
    }

    /** The city's profiles, newest first; none for a document whose city is not known. */
    public List<Profile> of(String city) {
        if (city == null || city.isBlank()) {
            return List.of();
        }
        return reader.list(PROFILES, new City(city), Row.class).stream()
                .map(row -> new Profile(row.header(), JSON.readValue(row.reading(), Reading.class), row.savedAt()))
                .toList();
    }

    /**
     * Keeps the clerk's reading of each table as the city's profile for that header (one change set, undone as one);
     * a reading that names no table's columns is kept nowhere: only a header says which next document it fits.
     */
    public void save(String city, String documentId, Reading profile) {
        if (city == null || city.isBlank() || profile.tables().isEmpty()) {
            return;
        }
        String now = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS).toString();
        List<Profile> before = of(city);
        List<Step> steps = new ArrayList<>();
        List<Step> inverse = new ArrayList<>();
        for (Reading.TableRoles table : profile.tables()) {
            String header = table.key();
            Reading one = new Reading(List.of(table), profile.lead(), null, profile.notUnits());
            steps.add(Step.of(STORE, new Stored(city, header, JSON.writeValueAsString(one), now)));
            inverse.add(before.stream().filter(p -> p.header().equals(header)).findFirst()
                    .map(p -> Step.of(STORE, new Stored(city, header, JSON.writeValueAsString(p.reading()), p.savedAt())))
                    .orElseGet(() -> Step.of(REMOVE, new Key(city, header))));
        }
        changes.apply(new ChangeSet(ChangeSet.Kind.READING, city, documentId, "reading " + city,
                "保存" + city + "的读法：" + profile.tables().size() + " 个表头的列角色"
                        + (profile.lead() == Reading.LeadChoice.AUTO ? "" : "、牵头规则")
                        + (profile.notUnits().isEmpty() ? "" : "、" + profile.notUnits().size() + " 个不是单位的词"),
                List.of(), steps, inverse.reversed()), "导入预览中选定的读法");
    }
}
