package com.brokercrm.datagen.market;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the securities of a run: shares on every board with their real code prefixes (SH main
 * 600/601/603/605, STAR 688, SZ main 000/001/002/003, ChiNext 300/301, BSE 43/83/87/920), some of
 * them ST, plus ETFs (SH 51xxxx, SZ 159xxx) and a few over-the-counter funds, bonds and WMPs.
 */
public final class SecurityUniverse {

    private static final String[] NAME_HEADS = {
        "华", "中", "东", "金", "新", "大", "海", "天", "国", "恒", "宏", "长", "瑞", "永", "鑫", "博", "开", "安", "通", "正",
        "兴", "富", "嘉", "联", "明", "泰", "凯", "盛", "广", "远", "信", "德", "光", "汇", "融", "万", "友", "立", "顺", "南"
    };
    private static final String[] NAME_MIDS = {
        "源", "达", "力", "创", "亿", "邦", "合", "星", "诚", "晟", "祥", "润", "锦", "阳", "川", "岳", "宇", "峰", "辰", "航", "丰", "和",
        "昌", "腾", "誉", "维", "捷", "科", "普", "越"
    };
    private static final String[][] INDUSTRIES = {
        {"银行", "银行"},
        {"医药生物", "医药", "药业", "生物"},
        {"电子", "电子", "微电", "光电"},
        {"计算机", "科技", "软件", "信息", "数据"},
        {"汽车", "汽车", "动力"},
        {"电力设备", "电气", "能源", "新能"},
        {"食品饮料", "食品", "酒业", "乳业"},
        {"机械设备", "机械", "重工", "智能"},
        {"基础化工", "化工", "化学", "材料"},
        {"有色金属", "矿业", "金属", "铝业"},
        {"房地产", "地产", "置业"},
        {"建筑装饰", "建设", "建工"},
        {"交通运输", "物流", "航运", "港口"},
        {"传媒", "传媒", "文化"},
        {"通信", "通信", "网络"},
        {"家用电器", "电器"},
        {"非银金融", "证券", "保险"},
        {"农林牧渔", "农业", "牧业"},
        {"公用事业", "水务", "燃气", "电力"},
        {"国防军工", "航天", "防务"}
    };
    private static final String[] FUND_HOUSES = {
        "华夏", "易方达", "南方", "嘉实", "广发", "华泰柏瑞", "国泰", "富国", "博时", "招商", "汇添富", "工银瑞信"
    };
    private static final String[] EQUITY_ETF_THEMES = {
        "沪深300", "中证500", "上证50", "创业板", "科创50", "中证1000", "红利", "证券", "半导体", "医药", "新能源", "银行", "酒", "军工", "传媒", "光伏",
        "消费", "恒生"
    };

    private final SplittableRandom rng;
    private final List<Security> securities = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private SecurityUniverse(SplittableRandom rng) {
        this.rng = rng;
    }

    /** Roughly {@code count} securities (at least a few per board), deterministic for the generator. */
    public static List<Security> create(int count, SplittableRandom rng) {
        SecurityUniverse u = new SecurityUniverse(rng);
        u.stocks(share(count, 0.28), Exchange.SH, Board.MAIN, new String[] {"600", "601", "603", "605"}, new double[] {
            0.45, 0.25, 0.25, 0.05
        });
        u.stocks(share(count, 0.10), Exchange.SH, Board.STAR, new String[] {"688"}, new double[] {1});
        u.stocks(share(count, 0.28), Exchange.SZ, Board.MAIN, new String[] {"000", "001", "002", "003"}, new double[] {
            0.35, 0.05, 0.5, 0.1
        });
        u.stocks(share(count, 0.17), Exchange.SZ, Board.CHINEXT, new String[] {"300", "301"}, new double[] {0.8, 0.2});
        u.stocks(share(count, 0.05), Exchange.BJ, Board.BSE, new String[] {"920", "43", "83", "87"}, new double[] {
            0.5, 0.1, 0.3, 0.1
        });
        u.etfs(share(count, 0.07));
        u.otcProducts(share(count, 0.05));
        return List.copyOf(u.securities);
    }

    private static int share(int count, double fraction) {
        return Math.max(4, (int) Math.round(count * fraction));
    }

    private void stocks(int n, Exchange exchange, Board board, String[] prefixes, double[] weights) {
        for (int i = 0; i < n; i++) {
            String prefix = prefixes[pick(weights)];
            String code = uniqueCode(prefix, 6 - prefix.length());
            // every board gets at least one ST share when it has enough names; about 4% overall
            boolean st = board != Board.BSE && (i == 3 || rng.nextDouble() < (board == Board.STAR ? 0.02 : 0.04));
            String[] industry = INDUSTRIES[rng.nextInt(INDUSTRIES.length)];
            String name = uniqueName(() -> NAME_HEADS[rng.nextInt(NAME_HEADS.length)]
                    + NAME_MIDS[rng.nextInt(NAME_MIDS.length)]
                    + industry[1 + rng.nextInt(industry.length - 1)]);
            if (board == Board.STAR && rng.nextDouble() < 0.1) {
                name += "-U";
            }
            if (st) {
                name = (rng.nextBoolean() ? "*ST" : "ST") + name;
            }
            double vol = switch (board) {
                case MAIN -> industry[0].equals("银行") ? 0.012 : 0.02;
                case CHINEXT -> 0.029;
                case STAR -> 0.032;
                case BSE -> 0.036;
                case NA -> 0.015;
            };
            if (st) {
                vol = Math.max(vol, 0.026);
            }
            vol *= Math.exp(0.2 * rng.nextGaussian());
            String rating = board == Board.MAIN && !st ? "R3" : "R4";
            Segment segment = st
                    ? Segment.ST
                    : switch (board) {
                        case STAR -> Segment.STAR;
                        case CHINEXT -> Segment.CHINEXT;
                        case BSE -> Segment.BSE;
                        default -> Segment.MAIN;
                    };
            int minBuy = board == Board.STAR ? 200 : 100;
            add(code, exchange, name, SecurityType.STOCK, board, rating, st, industry[0], segment, 100, vol, minBuy);
        }
    }

    private void etfs(int n) {
        for (int i = 0; i < n; i++) {
            boolean sh = i % 2 == 0;
            String code =
                    sh ? uniqueCode(rng.nextBoolean() ? "510" : "51" + (1 + rng.nextInt(9)), 3) : uniqueCode("159", 3);
            int kind = i % 9; // 0: bond ETF, 1: gold ETF, others equity
            String name = uniqueName(() -> FUND_HOUSES[rng.nextInt(FUND_HOUSES.length)]
                    + (kind == 0 ? "国债" : kind == 1 ? "黄金" : EQUITY_ETF_THEMES[rng.nextInt(EQUITY_ETF_THEMES.length)])
                    + "ETF");
            double vol = kind == 0 ? 0.0015 : kind == 1 ? 0.009 : 0.013 * Math.exp(0.25 * rng.nextGaussian());
            String rating = kind == 0 ? "R2" : "R3";
            add(
                    code,
                    sh ? Exchange.SH : Exchange.SZ,
                    name,
                    SecurityType.ETF,
                    Board.NA,
                    rating,
                    false,
                    null,
                    Segment.ETF,
                    100,
                    vol,
                    100);
        }
    }

    private void otcProducts(int n) {
        for (int i = 0; i < n; i++) {
            int kind = i % 4; // 0, 1: funds, 2: bonds, 3: WMPs
            switch (kind) {
                case 0, 1 -> {
                    boolean bondFund = kind == 0;
                    String name = uniqueName(
                            () -> FUND_HOUSES[rng.nextInt(FUND_HOUSES.length)] + (bondFund ? "纯债债券A" : "稳健混合A"));
                    add(
                            uniqueCode("0", 5),
                            Exchange.OTC,
                            name,
                            SecurityType.FUND,
                            Board.NA,
                            bondFund ? "R2" : "R3",
                            false,
                            null,
                            Segment.OTC,
                            1,
                            bondFund ? 0.0008 : 0.009,
                            1);
                }
                case 2 -> {
                    String code = uniqueCode("GZ", 4);
                    add(
                            code,
                            Exchange.OTC,
                            "储蓄国债" + code.substring(2),
                            SecurityType.BOND,
                            Board.NA,
                            "R1",
                            false,
                            null,
                            Segment.OTC,
                            1,
                            0.0004,
                            1);
                }
                default -> {
                    String code = uniqueCode("SY", 4);
                    add(
                            code,
                            Exchange.OTC,
                            "收益凭证" + code.substring(2) + "期",
                            SecurityType.WMP,
                            Board.NA,
                            rng.nextBoolean() ? "R1" : "R2",
                            false,
                            null,
                            Segment.OTC,
                            1,
                            0.0002,
                            1);
                }
            }
        }
    }

    private void add(
            String code,
            Exchange exchange,
            String name,
            SecurityType type,
            Board board,
            String rating,
            boolean st,
            String industry,
            Segment segment,
            int tick,
            double vol,
            int minBuy) {
        double beta = type == SecurityType.STOCK
                ? 0.6 + 0.8 * rng.nextDouble()
                : segment == Segment.ETF && vol > 0.005 ? 0.9 + 0.2 * rng.nextDouble() : 0;
        int lot = exchange == Exchange.OTC ? 1 : 100;
        securities.add(new Security(
                securities.size(),
                code,
                exchange,
                name,
                type,
                board,
                rating,
                st,
                industry,
                segment,
                tick,
                vol,
                beta,
                lot,
                minBuy));
    }

    private int pick(double[] weights) {
        double u = rng.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String uniqueCode(String prefix, int digits) {
        int bound = (int) Math.pow(10, digits);
        for (int attempt = 0; ; attempt++) {
            String suffix = Integer.toString(rng.nextInt(bound));
            String code = prefix + "0".repeat(digits - suffix.length()) + suffix;
            if (codes.add(code)) {
                return code;
            }
            if (attempt > 100_000) {
                throw new IllegalStateException("code range " + prefix + " is exhausted");
            }
        }
    }

    /** A distinct name built by {@code make}, which draws a fresh candidate on each call. */
    private String uniqueName(java.util.function.Supplier<String> make) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String name = make.get();
            if (names.add(name)) {
                return name;
            }
        }
        String name = make.get() + (names.size() + 1);
        names.add(name);
        return name;
    }
}
