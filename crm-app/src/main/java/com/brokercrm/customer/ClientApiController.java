package com.brokercrm.customer;

import com.brokercrm.customer.ClientRows.AssetPoint;
import com.brokercrm.customer.ClientRows.Contact;
import com.brokercrm.customer.ClientRows.FundFlow;
import com.brokercrm.customer.ClientRows.Holding;
import com.brokercrm.customer.ClientRows.Trade;
import com.brokercrm.customer.ClientRows.TradeFilter;
import com.brokercrm.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients for integrations and scripts. The same data scope and audit as the web pages: a client outside
 * the caller's scope answers 404 exactly like a missing one. Every list is paged ({@code page} from 0,
 * {@code size} up to 200, or 1000 for daily assets).
 */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "Search clients and read a client's records within your data scope")
class ClientApiController {

    private static final int MAX = 200;

    private final ClientAccess access;
    private final ClientRecords records;

    ClientApiController(ClientAccess access, ClientRecords records) {
        this.access = access;
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "Search clients by name, client id, phone's last digits or ID number, with filters")
    PageOf<ClientSummary> search(
            @Parameter(
                            description = "name part, client id or its start, last 3-11 phone digits, or an ID number"
                                    + " with * for hidden characters")
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) String manager,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @Parameter(
                            description =
                                    "value tier on the latest scored date: DIAMOND, PLATINUM, GOLD, SILVER or ORDINARY")
                    @RequestParam(required = false)
                    String tier,
            @Parameter(description = "risk class read from behaviour: RISK_SEEKING, RISK_AVERSE or CONSERVATIVE")
                    @RequestParam(required = false)
                    String riskClass,
            @Parameter(description = "a need tag on the latest scored date, e.g. CASH_MANAGEMENT")
                    @RequestParam(required = false)
                    String need,
            @Parameter(description = "id, name, openDate, branch, status or riskLevel")
                    @RequestParam(defaultValue = "id")
                    String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return access.search(
                new ClientSearch(q, branch, manager, status, level, tier, riskClass, need, sort, desc, page, size),
                "api");
    }

    @GetMapping("/{id}")
    @Operation(summary = "A client's master data (phone, ID number and e-mail masked)")
    ClientDetail detail(@PathVariable String id) {
        return access.open(id, "api detail");
    }

    @GetMapping("/{id}/trades")
    @Operation(summary = "A client's trades, newest first")
    PageOf<Trade> trades(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "B or S") @RequestParam(required = false) String side,
            @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        access.check(id, "api trades");
        return records.trades(
                id, new TradeFilter(from, to, side, code), PageOf.clampPage(page), PageOf.clampSize(size, 50, MAX));
    }

    @GetMapping("/{id}/flows")
    @Operation(summary = "A client's fund flows, newest first")
    PageOf<FundFlow> flows(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        access.check(id, "api fund flows");
        return records.fundFlows(id, PageOf.clampPage(page), PageOf.clampSize(size, 50, MAX));
    }

    @GetMapping("/{id}/assets")
    @Operation(summary = "A client's daily assets (cash, market value, margin debt), oldest first")
    PageOf<AssetPoint> assets(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "250") int size) {
        access.check(id, "api assets");
        return records.assets(id, from, to, PageOf.clampPage(page), PageOf.clampSize(size, 250, 1000));
    }

    @GetMapping("/{id}/positions")
    @Operation(summary = "A client's positions on the latest day with any, largest first, with weight and profit")
    PageOf<Holding> positions(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        access.check(id, "api positions");
        List<Holding> all = records.holdings(id);
        int pageSize = PageOf.clampSize(size, 50, MAX);
        int from = (int) Math.min(all.size(), (long) PageOf.clampPage(page) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        return new PageOf<>(all.subList(from, to), PageOf.clampPage(page), pageSize, all.size());
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "A client's contact history, newest first")
    PageOf<Contact> contacts(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        access.check(id, "api contacts");
        return records.contacts(id, PageOf.clampPage(page), PageOf.clampSize(size, 50, MAX));
    }
}
