package org.respnet.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.TaskKind;
import org.respnet.ingest.UnitKind;
import org.respnet.ingest.UnitRef;

/**
 * Writes notices of made-up cities whose shape is learned from the seed notice: each city's tasks
 * are drawn from the seed's tasks (so co-led tasks, group assignments and unit kinds keep the
 * seed's shares), renamed to the city (its own 市发改委, its own counties and leaders), and printed
 * in the seed's format — brackets, shared county suffixes, sections, action lines, 民生实事 parts.
 * The same seed gives the same cities, whatever their number.
 */
public final class NoticeGenerator {

    private static final String SEED_CITY = "随州";
    /** The seed's county-level units, replaced by each city's own. */
    private static final List<String> SEED_COUNTIES = List.of("随县", "广水市", "曾都区");
    private static final String SEED_ZONE = "随州高新区管委会";
    private static final String ALL_COUNTIES_AND_ZONE = "各县市区政府及管委会";
    private static final String ALL_COUNTIES = "各县市区政府";
    private static final String NAME_CHARS =
            "安宁平江阳山川河泉林松云华德兴昌隆盛丰泰康乐永嘉和定远清源临海城南北东西新明光长宜";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文斌辉宁";
    private static final String[] COUNTY_SUFFIXES = {"县", "市", "区"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ParsedDocument seed;
    private final long randomSeed;
    private final List<ParsedTask> keyTemplates;
    private final List<List<ParsedTask>> livelihoodItems;
    private final List<String> sections;
    /** Key tasks per city; 0 = as many as the seed has, give or take ten. */
    private final int keyTasksPerCity;

    public NoticeGenerator(ParsedDocument seed, long randomSeed) {
        this(seed, randomSeed, 0);
    }

    private NoticeGenerator(ParsedDocument seed, long randomSeed, int keyTasksPerCity) {
        if (seed.hasProblems() || seed.tasks().isEmpty()) {
            throw new IllegalArgumentException("the seed must be a notice that parses without problems");
        }
        this.seed = seed;
        this.randomSeed = randomSeed;
        this.keyTemplates = seed.tasks().stream().filter(t -> t.kind() == TaskKind.KEY).toList();
        this.livelihoodItems = List.copyOf(seed.tasks().stream().filter(t -> t.kind() == TaskKind.LIVELIHOOD)
                .collect(Collectors.groupingBy(t -> t.no().split("\\.")[0], LinkedHashMap::new, Collectors.toList()))
                .values());
        this.sections = keyTemplates.stream().map(ParsedTask::sectionNo).distinct().toList();
        this.keyTasksPerCity = keyTasksPerCity;
    }

    /** The same generator writing exactly {@code keyTasks} key tasks per city: a large document for load and crash tests. */
    public NoticeGenerator withKeyTasks(int keyTasks) {
        return new NoticeGenerator(seed, randomSeed, keyTasks);
    }

    /** A generator learning from the seed notice bundled with the application. */
    public static NoticeGenerator fromBundledSeed(long randomSeed) {
        try (InputStream in = NoticeGenerator.class.getResourceAsStream("/import/suizhou-2024-notice.txt")) {
            if (in == null) {
                throw new IllegalStateException("the bundled seed notice is missing from the class path");
            }
            return new NoticeGenerator(new NoticeParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                    randomSeed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cities 0 … count-1; city i is the same whatever {@code count} is. */
    public List<GeneratedCity> generate(int count) {
        List<GeneratedCity> cities = new ArrayList<>(count);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            cities.add(city(i, names));
        }
        return cities;
    }

    private GeneratedCity city(int index, Set<String> takenNames) {
        SplittableRandom random = new SplittableRandom(randomSeed * 1_000_003L + index);
        String name = cityName(index, takenNames);
        List<String> counties = counties(random, name);
        List<String> leaders = leaders(random);
        Renamer renamer = new Renamer(name, counties, random);
        Map<String, String> leaderOf = leaderMapping(leaders, random);

        StringBuilder text = new StringBuilder();
        text.append(name.charAt(0)).append("政办发〔").append(seed.year()).append("〕").append(1 + random.nextInt(30)).append("号\n");
        text.append(name).append("市人民政府办公室关于\n\n分解落实《政府工作报告》的通知\n\n");
        text.append(String.join("、", counties.stream().map(c -> c + "人民政府").toList()))
                .append("，").append(name).append("高新区管理委员会，市政府各部门：\n\n");
        text.append("经市人民政府同意，现将《政府工作报告》确定的工作任务进行责任分解，请认真抓好贯彻落实。\n\n");
        text.append("《政府工作报告》重点工作责任分解\n");

        List<ParsedTask> drawn = drawKeyTasks(random, keyTasksPerCity > 0 ? keyTasksPerCity : keyTemplates.size() - 10 + random.nextInt(21));
        String section = null;
        String action = null;
        int no = 0;
        for (ParsedTask task : drawn) {
            if (!task.sectionNo().equals(section)) {
                section = task.sectionNo();
                action = null;
                text.append('\n').append(NUMERALS[sections.indexOf(section)]).append('、')
                        .append(renamer.text(task.section())).append("\n\n");
            }
            if (task.action() != null && !task.action().equals(action)) {
                action = task.action();
                text.append(renamer.text(action)).append("。\n");
            }
            text.append(++no).append('.').append(renamer.text(task.text()))
                    .append(block(task, renamer, leaderOf)).append('\n');
        }

        text.append("\n《政府工作报告》市政府主要领导领衔督办的\n\n民生实事责任分解\n\n");
        int items = 3 + random.nextInt(livelihoodItems.size() - 2);
        for (int i = 0; i < items; i++) {
            List<ParsedTask> parts = livelihoodItems.get(random.nextInt(livelihoodItems.size()));
            text.append(NUMERALS[i]).append('、');
            if (parts.size() == 1) {
                text.append(renamer.text(parts.getFirst().text())).append(block(parts.getFirst(), renamer, leaderOf));
            } else {
                for (int p = 0; p < parts.size(); p++) {
                    text.append(p == 0 ? "" : "、").append(renamer.text(parts.get(p).text()))
                            .append(block(parts.get(p), renamer, leaderOf));
                }
                text.append("等").append(parts.size()).append("项。");
            }
            text.append("\n\n");
        }
        return new GeneratedCity(name, counties, text.toString(), referenceRows(name, counties));
    }

    /** Distinct seed tasks in the seed's order; a count beyond the seed's repeats a few. */
    private List<ParsedTask> drawKeyTasks(SplittableRandom random, int count) {
        List<ParsedTask> pool = new ArrayList<>(keyTemplates);
        shuffle(pool, random);
        List<ParsedTask> drawn = new ArrayList<>(pool.subList(0, Math.min(count, pool.size())));
        while (drawn.size() < count) {
            drawn.add(keyTemplates.get(random.nextInt(keyTemplates.size())));
        }
        drawn.sort(Comparator.comparingInt(ParsedTask::line));
        return drawn;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /** An assignment block as the seed prints it: 〔〕 when a unit carries an office in （）. */
    private String block(ParsedTask task, Renamer renamer, Map<String, String> leaderOf) {
        List<UnitRef> lead = renamer.units(task.leadUnits());
        List<UnitRef> responsible = renamer.units(task.responsibleUnits());
        boolean offices = lead.stream().anyMatch(u -> u.office() != null) || responsible.stream().anyMatch(u -> u.office() != null);
        StringBuilder block = new StringBuilder(offices ? "〔" : "（");
        block.append("责任领导：").append(task.leaders().stream().map(leaderOf::get).distinct().collect(Collectors.joining("、")));
        block.append("；牵头单位：").append(unitList(lead));
        if (!responsible.isEmpty()) {
            block.append("；责任单位：").append(unitList(responsible));
        }
        return block.append(offices ? "。〕" : "。）").toString();
    }

    /**
     * Units joined as the seed joins them: departments with 、, then ， before the county-level
     * ones, whose shared suffix is printed once (甲县、乙市人民政府).
     */
    private static String unitList(List<UnitRef> units) {
        List<String> departments = new ArrayList<>();
        List<String> governments = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (UnitRef unit : units) {
            String name = unit.office() == null ? unit.name() : unit.name() + "（" + unit.office() + "）";
            if (unit.office() == null && unit.name().endsWith("人民政府") && UnitKind.inferFrom(unit.name()) == UnitKind.COUNTY) {
                governments.add(unit.name().substring(0, unit.name().length() - "人民政府".length()));
            } else if (UnitKind.inferFrom(unit.name()) == UnitKind.COUNTY || UnitKind.inferFrom(unit.name()) == UnitKind.GROUP) {
                others.add(name);
            } else {
                departments.add(name);
            }
        }
        List<String> runs = new ArrayList<>();
        if (!departments.isEmpty()) {
            runs.add(String.join("、", departments));
        }
        if (!governments.isEmpty()) {
            runs.add(String.join("、", governments) + "人民政府");
        }
        runs.addAll(others);
        return String.join("，", runs);
    }

    private static List<String> referenceRows(String city, List<String> counties) {
        List<String> rows = new ArrayList<>();
        for (String county : counties) {
            rows.add(county + "人民政府,county," + ALL_COUNTIES_AND_ZONE + "|" + ALL_COUNTIES + "," + city);
        }
        rows.add(city + "高新区管委会,county," + ALL_COUNTIES_AND_ZONE + "," + city);
        return rows;
    }

    private static String cityName(int index, Set<String> taken) {
        int n = NAME_CHARS.length();
        for (int i = index; ; i += 7) {
            int a = i % n;
            int b = (i / n + 3 * a + 1) % n;
            String name = "" + NAME_CHARS.charAt(a) + NAME_CHARS.charAt(b == a ? (b + 1) % n : b);
            if (!name.equals(SEED_CITY) && taken.add(name)) {
                return name;
            }
        }
    }

    /** Three to eight counties, as the cities of a province have. */
    private static List<String> counties(SplittableRandom random, String city) {
        Set<String> counties = new LinkedHashSet<>();
        int count = 3 + random.nextInt(6);
        while (counties.size() < count) {
            String county = "" + NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length()))
                    + NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length()))
                    + COUNTY_SUFFIXES[random.nextInt(COUNTY_SUFFIXES.length)];
            if (!county.startsWith(city)) {
                counties.add(county);
            }
        }
        return List.copyOf(counties);
    }

    /** Six to eight leaders with distinct names. */
    private static List<String> leaders(SplittableRandom random) {
        Set<String> leaders = new LinkedHashSet<>();
        int count = 6 + random.nextInt(3);
        while (leaders.size() < count) {
            leaders.add("" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return List.copyOf(leaders);
    }

    /** The seed's leaders, busiest first, onto the city's in a shuffled order; surplus seed leaders share. */
    private Map<String, String> leaderMapping(List<String> leaders, SplittableRandom random) {
        List<String> seedLeaders = seed.tasks().stream().flatMap(t -> t.leaders().stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        List<String> shuffled = new ArrayList<>(leaders);
        shuffle(shuffled, random);
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < seedLeaders.size(); i++) {
            mapping.put(seedLeaders.get(i), shuffled.get(i % shuffled.size()));
        }
        return mapping;
    }

    /** Turns the seed's city, counties and zone into the generated city's. */
    private static final class Renamer {
        private final String city;
        private final List<String> counties;
        private final SplittableRandom random;

        Renamer(String city, List<String> counties, SplittableRandom random) {
            this.city = city;
            this.counties = counties;
            this.random = random;
        }

        String text(String seedText) {
            String text = seedText.replace(SEED_CITY, city);
            for (int i = 0; i < SEED_COUNTIES.size(); i++) {
                text = text.replace(SEED_COUNTIES.get(i), counties.get(i));
            }
            return text;
        }

        /** Seed units renamed; a seed county may become any of the city's counties, each named once. */
        List<UnitRef> units(List<UnitRef> seedUnits) {
            Map<String, UnitRef> renamed = new LinkedHashMap<>();
            for (UnitRef unit : seedUnits) {
                String name = unit.name();
                int county = SEED_COUNTIES.indexOf(name.replace("人民政府", ""));
                if (county >= 0) {
                    name = counties.get(random.nextInt(counties.size())) + "人民政府";
                } else if (name.equals(SEED_ZONE)) {
                    name = city + "高新区管委会";
                } else {
                    name = name.replace(SEED_CITY, city);
                }
                renamed.putIfAbsent(name, new UnitRef(name, unit.office()));
            }
            return List.copyOf(renamed.values());
        }
    }

    /**
     * Writes {@code count} notices and their {@code units.csv} rows into a folder:
     * {@code generate --cities 13 --seed 42 --out target/generated}.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--cities", "13", "--seed", "42", "--out", "generated"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; expected " + options.keySet());
            }
            options.put(args[i], args[i + 1]);
        }
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out);
        List<GeneratedCity> cities = fromBundledSeed(Long.parseLong(options.get("--seed")))
                .generate(Integer.parseInt(options.get("--cities")));
        List<String> reference = new ArrayList<>(List.of("name,kind,member_of,city"));
        for (int i = 0; i < cities.size(); i++) {
            Files.writeString(out.resolve("city-%04d.txt".formatted(i + 1)), cities.get(i).notice());
            reference.addAll(cities.get(i).referenceRows());
        }
        Files.write(out.resolve("units.csv"), reference);
        System.out.println("wrote " + cities.size() + " notices and units.csv to " + out.toAbsolutePath());
    }
}
