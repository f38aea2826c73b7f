package vn.motcua.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.Browser;

/**
 * Codes (issue 13), against a running {@code motcua.sh cluster}: two officers' browsers, one on each instance, receive
 * dossiers at the same agency's counter at the same time ({@code codes.receipts} each, default 5). Every code is
 * unique, and the numbers of the day's sequence they took are consecutive (nobody else receives there meanwhile).
 * Prints the codes and the time. Never part of {@code mvn verify}: run with {@code server-config/fault-tests.sh}.
 */
class CodesFault {

    private static final int RECEIPTS = Integer.getInteger("codes.receipts", 5);

    @Test
    void concurrentReceiptsOnBothInstancesGetUniqueConsecutiveCodes() throws Exception {
        String password = ClusterUnderTest.officerPassword(CounterSteps.OFFICER);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            int instance = n;
            runs.add(pool.submit((Callable<List<String>>) () -> receiveOn(instance, password)));
        }
        List<String> codes = new ArrayList<>();
        for (var run : runs) {
            codes.addAll(run.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Integer> numbers = codes.stream()
                .map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        System.out.printf(
                "%nCODES  %d receipts on 2 instances at once in %.1f s: %d distinct codes, numbers %d..%d%n  %s%n%n",
                codes.size(),
                seconds,
                codes.stream().distinct().count(),
                numbers.get(0),
                numbers.get(numbers.size() - 1),
                codes);
        assertThat(codes).hasSize(2 * RECEIPTS).doesNotHaveDuplicates();
        assertThat(codes.stream().map(c -> c.substring(0, c.lastIndexOf('-'))).distinct())
                .as("one agency, one day")
                .hasSize(1);
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0) + 1)
                .as("consecutive")
                .isEqualTo(numbers.size());
    }

    private static List<String> receiveOn(int instance, String password) {
        List<String> codes = new ArrayList<>();
        try (Browser browser = Browser.open(ClusterUnderTest.instance(instance))) {
            browser.logIn(CounterSteps.OFFICER, password);
            for (int i = 0; i < RECEIPTS; i++) {
                String idNumber = "08" + instance + "1" + String.format("%08d", System.nanoTime() % 100_000_000);
                CounterSteps.startReceipt(browser, idNumber);
                CounterSteps.typeApplicantAndForm(browser, "Người nộp " + instance + "-" + i);
                codes.add(CounterSteps.receive(browser));
            }
        }
        return codes;
    }
}
