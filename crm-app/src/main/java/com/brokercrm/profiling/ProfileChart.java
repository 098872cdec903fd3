package com.brokercrm.profiling;

import com.brokercrm.profiling.ClientProfile.Point;
import java.util.List;

/** A client's value and risk score over the as-of dates, as chart JSON. Only dates and numbers, no text. */
public final class ProfileChart {

    private ProfileChart() {}

    public static String json(List<Point> points) {
        StringBuilder dates = new StringBuilder();
        StringBuilder value = new StringBuilder();
        StringBuilder risk = new StringBuilder();
        for (Point p : points) {
            String sep = dates.isEmpty() ? "" : ",";
            dates.append(sep).append('"').append(p.asOf()).append('"');
            value.append(sep)
                    .append(p.clientValue() == null ? "null" : p.clientValue().toPlainString());
            risk.append(sep).append(p.riskScore() == null || !Double.isFinite(p.riskScore()) ? "null" : p.riskScore());
        }
        return "{\"dates\":[" + dates + "],\"value\":[" + value + "],\"risk\":[" + risk + "]}";
    }
}
