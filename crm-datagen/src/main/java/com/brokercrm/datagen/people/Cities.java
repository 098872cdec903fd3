package com.brokercrm.datagen.people;

import java.util.List;
import java.util.SplittableRandom;

/** The cities and regions of mainland China the generator places branches and clients in. */
public final class Cities {

    /** Regions in the order their first branch is opened. */
    public static final List<String> REGIONS = List.of("华东", "华南", "华北", "华中", "西南", "西北", "东北");

    public static final List<City> ALL = List.of(
            city("上海", "华东", 5, "310101", "310104", "310105", "310115"),
            city("深圳", "华南", 4, "440303", "440304", "440305", "440306"),
            city("北京", "华北", 5, "110101", "110102", "110105", "110108"),
            city("武汉", "华中", 2.5, "420102", "420106", "420111"),
            city("成都", "西南", 3, "510104", "510107", "510108"),
            city("西安", "西北", 2, "610102", "610113"),
            city("沈阳", "东北", 1.5, "210102", "210103"),
            city("杭州", "华东", 3, "330102", "330106", "330108"),
            city("南京", "华东", 3, "320102", "320104", "320106"),
            city("苏州", "华东", 2, "320505", "320506", "320508"),
            city("宁波", "华东", 2, "330203", "330212"),
            city("合肥", "华东", 1.5, "340102", "340104"),
            city("福州", "华东", 1, "350102", "350104"),
            city("厦门", "华东", 1, "350203", "350206"),
            city("济南", "华东", 1.5, "370102", "370103"),
            city("青岛", "华东", 1.5, "370202", "370212"),
            city("广州", "华南", 3.5, "440103", "440104", "440106"),
            city("东莞", "华南", 1.5, "441900"),
            city("南宁", "华南", 1, "450102", "450103"),
            city("天津", "华北", 2, "120101", "120103", "120104"),
            city("石家庄", "华北", 1, "130102", "130104"),
            city("太原", "华北", 1, "140105", "140106"),
            city("长沙", "华中", 2, "430102", "430104"),
            city("郑州", "华中", 2, "410102", "410105"),
            city("重庆", "西南", 2.5, "500103", "500106", "500112"),
            city("昆明", "西南", 1, "530102", "530103"),
            city("兰州", "西北", 0.8, "620102"),
            city("大连", "东北", 1.2, "210202", "210204"),
            city("哈尔滨", "东北", 1.2, "230102", "230103"),
            city("长春", "东北", 1, "220102", "220104"));

    private static final double TOTAL_WEIGHT =
            ALL.stream().mapToDouble(City::weight).sum();

    private Cities() {}

    private static City city(String name, String region, double weight, String... areaCodes) {
        return new City(name, region, areaCodes, weight);
    }

    /** A city drawn by investor population. */
    public static City random(SplittableRandom rng) {
        double u = rng.nextDouble() * TOTAL_WEIGHT;
        for (City c : ALL) {
            u -= c.weight();
            if (u < 0) {
                return c;
            }
        }
        return ALL.getLast();
    }
}
