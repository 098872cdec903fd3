package com.brokercrm.profiling;

import com.brokercrm.service.TierSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.stereotype.Component;

/**
 * Clients' tiers from their latest profile (the latest as-of date scored); clients not in it are left
 * out (care plans treat them as UNKNOWN).
 */
@Component
class ProfileTierSource implements TierSource {

    private static final String LATEST =
            "SELECT customer_id, tier FROM customer_profile WHERE as_of = (SELECT MAX(as_of) FROM customer_profile)";
    private static final int IN_LIST = 500;

    private final DataSource dataSource;

    ProfileTierSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, String> tiers(Collection<String> customerIds) {
        Map<String, String> tiers = new HashMap<>();
        if (customerIds.isEmpty()) {
            return tiers;
        }
        try (Connection c = dataSource.getConnection()) {
            if (customerIds.size() > IN_LIST) {
                // one pass over the date beats thousands of parameters
                java.util.Set<String> wanted = new java.util.HashSet<>(customerIds);
                try (PreparedStatement st = c.prepareStatement(LATEST);
                        ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        if (wanted.contains(rs.getString(1))) {
                            tiers.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                return tiers;
            }
            List<String> ids = List.copyOf(customerIds);
            String sql = LATEST + " AND customer_id IN (" + "?, ".repeat(ids.size() - 1) + "?)";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    st.setString(i + 1, ids.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tiers.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return tiers;
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("cannot read tiers: " + e.getMessage(), e);
        }
    }
}
