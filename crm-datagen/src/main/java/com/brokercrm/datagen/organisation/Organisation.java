package com.brokercrm.datagen.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The brokerage's branches and staff, with the current staff of each branch grouped by role so that
 * clients can be assigned a manager and broker of their own branch.
 */
public final class Organisation {

    private final List<String> regions;
    private final List<Branch> branches;
    private final List<Staff> staff;
    private final double[] cumulativeWeight;
    private final List<List<List<Staff>>> currentByBranchAndRole = new ArrayList<>();

    public Organisation(List<String> regions, List<Branch> branches, List<Staff> staff) {
        this.regions = List.copyOf(regions);
        this.branches = List.copyOf(branches);
        this.staff = List.copyOf(staff);
        cumulativeWeight = new double[branches.size()];
        double sum = 0;
        for (Branch b : branches) {
            sum += b.weight();
            cumulativeWeight[b.index()] = sum;
        }
        for (int i = 0; i < cumulativeWeight.length; i++) {
            cumulativeWeight[i] /= sum;
        }
        for (int b = -1; b < branches.size(); b++) {
            List<List<Staff>> byRole = new ArrayList<>();
            for (StaffRole role : StaffRole.values()) {
                int branch = b;
                byRole.add(staff.stream()
                        .filter(s -> s.branchIndex() == branch && s.role() == role && s.leftOn() == null)
                        .toList());
            }
            currentByBranchAndRole.add(byRole);
        }
    }

    public List<String> regions() {
        return regions;
    }

    public List<Branch> branches() {
        return branches;
    }

    public List<Staff> staff() {
        return staff;
    }

    /** The branch holding a client, for a uniform draw {@code u} in [0, 1). */
    public Branch branchFor(double u) {
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (u < cumulativeWeight[i]) {
                return branches.get(i);
            }
        }
        return branches.getLast();
    }

    /** Current (not departed) staff of a branch with a role; {@code branchIndex} -1 for headquarters. */
    public List<Staff> current(int branchIndex, StaffRole role) {
        return currentByBranchAndRole.get(branchIndex + 1).get(role.ordinal());
    }
}
