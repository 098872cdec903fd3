package com.brokercrm.ingest;

import com.brokercrm.ingest.spec.ResidentId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A small brokerage written by hand: good rows, and one bad row for each way a row can break the import
 * contract. Each bad row's line number and the words its rejection reason must contain are listed in
 * the test that uses it.
 */
final class SampleBrokerage {

    static final String ID_1 = validId("310101", "19800101", "123");
    static final String ID_2 = validId("110105", "19751231", "456");

    private SampleBrokerage() {}

    static String validId(String region, String birth, String sequence) {
        String first17 = region + birth + sequence;
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** Writes only good rows: everything must load with no reject. */
    static void writeClean(Path dir) throws IOException {
        write(dir, "branches.csv", """
                branch_id,name,city,region,opened_on
                B01,上海浦东营业部,上海,华东,2010-05-01
                B02,北京朝阳营业部,北京,华北,2012-03-15
                """);
        write(dir, "staff.csv", """
                staff_id,name,role,branch_id,hired_on,left_on
                S01,王经理,ACCOUNT_MANAGER,B01,2015-01-01,
                S02,李经纪,BROKER,B02,2016-01-01,
                S03,周总,HQ_ADMIN,,2014-06-01,
                """);
        write(dir, "securities.csv", """
                security_code,exchange,name,type,board,risk_rating,is_st,industry
                600000,SH,浦发银行,STOCK,MAIN,R3,false,银行
                000001,SZ,平安银行,STOCK,MAIN,R3,false,银行
                688001,SH,"华兴源创, STAR",STOCK,STAR,R4,false,
                """);
        write(dir, "customers.csv", """
                customer_id,name,gender,birth_date,id_number,phone,email,city,occupation,education,income_band,open_date,branch_id,manager_id,broker_id,investor_type,risk_level,risk_assessed_on,status,status_date
                C001,张三,M,1980-01-01,%s,13800138000,zhang@example.com,上海,工程师,本科,300K_1M,2018-03-01,B01,S01,S02,ORDINARY,C4,2024-05-01,ACTIVE,
                C002,李四,,,,,,,,,,2019-07-15,B02,,,ORDINARY,,,ACTIVE,
                C003,王五,F,1975-12-31,%s,13912345678,,北京,"Teacher, ""senior\""",硕士,100K_300K,2020-01-02,B02,S01,,PROFESSIONAL,C5,2023-01-01,ACTIVE,
                """.formatted(ID_1, ID_2));
        write(dir, "prices.csv", """
                exchange,security_code,trade_date,close
                SH,600000,2025-01-02,10.0000
                SH,600000,2025-01-03,10.1000
                SZ,000001,2025-01-02,11.5000
                """);
        write(dir, "trades.csv", """
                trade_id,customer_id,trade_date,trade_time,exchange,security_code,side,quantity,price,amount,commission,stamp_duty,transfer_fee,channel
                T1,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP
                T2,C001,2025-01-03,14:30:05,SH,600000,S,100,10.10,1010.00,5.00,0.51,0.01,WEB
                T3,C003,2025-01-02,09:31:00,SZ,000001,B,200,11.50,2300.00,5.00,0.00,0.02,COUNTER
                """);
        write(dir, "fund_flows.csv", """
                flow_id,customer_id,flow_date,direction,amount,kind
                F1,C001,2025-01-02,IN,50000.00,BANK_TRANSFER
                F2,C003,2025-01-03,OUT,1200.50,BANK_TRANSFER
                """);
        write(dir, "daily_assets.csv", """
                customer_id,as_of,cash,market_value,margin_debt
                C001,2025-01-02,48995.00,1000.00,0.00
                C001,2025-01-03,50004.49,0.00,0.00
                """);
        write(dir, "positions.csv", """
                customer_id,as_of,exchange,security_code,quantity,cost_amount,market_value
                C001,2025-01-02,SH,600000,100,1005.01,1000.00
                C003,2025-01-02,SZ,000001,200,2305.02,2300.00
                """);
        write(dir, "contacts.csv", """
                contact_id,customer_id,staff_id,channel,occurred_at,duration_s,topic,outcome,satisfaction,note
                K1,C001,S01,CALL_OUT,2025-01-03T10:15:00+08:00,320,回访,满意,5,"多行
                备注"
                K2,C002,,WEB,2025-01-04 09:00:00,,,,,
                """);
        write(dir, "churn_events.csv", """
                customer_id,event_date,type,reason_code,destination,note
                C002,2025-06-30,DORMANT,,,
                """);
        write(dir, "market_volume.csv", """
                region,month,market_amount,market_accounts
                华东,2025-01,123456789.00,1000000
                华北,2025-01,98765432.10,
                """);
    }

    /**
     * The clean sample's customers.csv with the optional trailing column id_expires_on: a date, a date far
     * away (a long-term ID written as a date) and an empty field.
     */
    static String customersWithIdExpiry() {
        return """
                customer_id,name,gender,birth_date,id_number,phone,email,city,occupation,education,income_band,open_date,branch_id,manager_id,broker_id,investor_type,risk_level,risk_assessed_on,status,status_date,id_expires_on
                C001,张三,M,1980-01-01,%s,13800138000,zhang@example.com,上海,工程师,本科,300K_1M,2018-03-01,B01,S01,S02,ORDINARY,C4,2024-05-01,ACTIVE,,2031-07-15
                C002,李四,,,,,,,,,,2019-07-15,B02,,,ORDINARY,,,ACTIVE,,
                C003,王五,F,1975-12-31,%s,13912345678,,北京,"Teacher, ""senior\""",硕士,100K_300K,2020-01-02,B02,S01,,PROFESSIONAL,C5,2023-01-01,ACTIVE,,9999-12-31
                """.formatted(ID_1, ID_2);
    }

    static void write(Path dir, String name, String text) throws IOException {
        write(dir, name, text, StandardCharsets.UTF_8);
    }

    static void write(Path dir, String name, String text, Charset charset) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text, charset);
    }

    static void append(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(bytes);
        }
    }

    /** Appends valid trades X0, X1, ... for the sample's clients C001 and C003. */
    static void appendTrades(Path trades, int count) throws IOException {
        try (java.io.BufferedWriter out =
                Files.newBufferedWriter(trades, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (int i = 0; i < count; i++) {
                int quantity = 100 * (1 + i % 9);
                int cents = 900 + i % 300;
                long amountCents = (long) quantity * cents;
                String day = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
                out.write("X" + i + ",C00" + (i % 2 == 0 ? "1" : "3") + "," + day + ",10:15:00,SH,600000,"
                        + (i % 3 == 0 ? "S" : "B") + "," + quantity + "," + cents / 100 + "."
                        + String.format("%02d", cents % 100)
                        + "," + amountCents / 100 + "." + String.format("%02d", amountCents % 100) + ",5.00,"
                        + (i % 3 == 0 ? "0.50" : "0.00") + ",0.01,APP\n");
            }
        }
    }
}
