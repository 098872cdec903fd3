package com.brokercrm.customer;

import com.brokercrm.customer.ClientRows.AssetPoint;
import java.util.List;

/** The assets-over-time chart's data as JSON: dates and four series. Only dates and numbers, no text. */
final class AssetChart {

    private AssetChart() {}

    static String json(List<AssetPoint> points) {
        StringBuilder dates = new StringBuilder();
        StringBuilder total = new StringBuilder();
        StringBuilder cash = new StringBuilder();
        StringBuilder market = new StringBuilder();
        StringBuilder debt = new StringBuilder();
        for (AssetPoint p : points) {
            String sep = dates.isEmpty() ? "" : ",";
            dates.append(sep).append('"').append(p.asOf()).append('"');
            total.append(sep).append(p.total().toPlainString());
            cash.append(sep).append(p.cash().toPlainString());
            market.append(sep).append(p.marketValue().toPlainString());
            debt.append(sep).append(p.marginDebt().toPlainString());
        }
        return "{\"dates\":[" + dates + "],\"total\":[" + total + "],\"cash\":[" + cash + "],\"marketValue\":[" + market
                + "],\"marginDebt\":[" + debt + "]}";
    }
}
