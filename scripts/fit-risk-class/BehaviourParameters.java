/*
 * Writes each generated client's true trading-behaviour parameters (board mix, holding period, positions,
 * equity share, buy propensity, margin, flows), redrawn exactly as the generator draws them, for oracle.py.
 *
 * usage (from the repository root, after a build):
 *   java -cp crm-datagen/target/classes scripts/fit-risk-class/BehaviourParameters.java CLIENTS SEED OUT.csv
 * CLIENTS and SEED as given to `bench profile` (one year of history).
 */
import com.brokercrm.datagen.GeneratorOptions;
import com.brokercrm.datagen.calendar.*;
import com.brokercrm.datagen.organisation.*;
import com.brokercrm.datagen.customer.*;
import java.util.SplittableRandom;
import java.io.*;
import java.nio.file.Path;
public class BehaviourParameters {
  /** BrokerageGenerator.customerRandom's mix: each client draws from its own stream. */
  static long mix(long z) { z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL; z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L; return z ^ (z >>> 33); }
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]); long seed = Long.parseLong(a[1]);
    GeneratorOptions o = GeneratorOptions.of(n, 1, seed, Path.of("/tmp/x"));
    TradingDays days = TradingCalendar.window(o.endDate(), o.years());
    SplittableRandom root = new SplittableRandom(seed);
    Organisation org = OrganisationFactory.create(o.branches(), o.staff(), days.first(), days.last(), root.split());
    CustomerFactory f = new CustomerFactory(days, org, 1);
    try (PrintWriter w = new PrintWriter(new FileWriter(a[2]))) {
      w.println("customer_id,persona,behaves_as,w0,w1,w2,w3,w4,w5,w6,holding,positions,equity,buy,margin,lev,dep,wd,start");
      for (int i = 0; i < n; i++) {
        SplittableRandom rng = new SplittableRandom(mix(seed ^ mix(i + 0x632BE59BD9B4E019L)));
        CustomerProfile p = f.create(i, rng);
        Behaviour b = p.behaviour();
        StringBuilder s = new StringBuilder(p.id()).append(',').append(p.persona()).append(',').append(p.behavesAs());
        for (double x : b.segmentWeights()) s.append(',').append(x);
        s.append(',').append(b.holdingDays()).append(',').append(b.targetPositions()).append(',').append(b.equityShare())
         .append(',').append(b.buyPropensity()).append(',').append(b.margin() ? 1 : 0).append(',').append(b.maxLeverage())
         .append(',').append(b.depositsPerYear()).append(',').append(b.withdrawalsPerYear()).append(',').append(p.startAssetsCents());
        w.println(s);
      }
    }
  }
}
