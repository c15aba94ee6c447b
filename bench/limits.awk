#!/usr/bin/awk -f
# bench/limits.awk [-v team=1] RATIOS FIGURES...: each target figure of issue 18 (with team=1: of the
# team run on PostgreSQL, issue 17) beside its limit and the ratio.
# RATIOS holds one "sync_ratio R C" line per sync run (C: its CPU ceiling); FIGURES the "name value unit" lines.
function row(name, value, limit, unit, better) {
    if (value == "") return
    printf "%-44s %10.1f %-9s limit %8.1f %-9s ratio %5.2f  %s\n", name, value, unit, limit, unit, value / limit,
        (better == "floor" ? "(a floor, not a target)" : better == "info" ? "(measured; no target)" : better == "min" ? (value >= limit ? "ok" : "MISSED") \
                                                                     : (value <= limit ? "ok" : "MISSED"))
}
FILENAME == ARGV[1] {
    r[++n] = $2
    printf "%-44s ratio %5.2f  CPU ceiling %5.2f  %s\n", "sync run " n " / slower limit", $2, $3, ($2 >= 0.80 ? "ok" : "MISSED")
    next
}
{ v[$1] = $2 }
END {
    if (n > 0) {
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (r[j] < r[i]) { t = r[i]; r[i] = r[j]; r[j] = t }
        med = n % 2 ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
        printf "%-44s min %.2f  median %.2f  max %.2f  over %d runs (target >= 0.80 of the slower limit in each)  %s\n",
            "sync_full_rate / slower limit", r[1], med, r[n], n, (r[1] >= 0.80 ? "ok" : "MISSED")
    }
    if (team) { teamRows(); exit }
    row("sync_incremental_total", v["sync_incremental_total"], 2.7, "s", "max")
    row("sync_peak_rss", v["sync_peak_rss"], 124, "MB", "max")
    row("cache_file_size (1,000,000 orders)", v["cache_file_size"], 450, "MB", "max")
    row("open_and_first_page_all_orders_cold", v["open_and_first_page_all_orders_cold"], 100, "ms", "max")
    for (k in v) if (k ~ /^(view_|filter_|search_|sort_by_|scroll_)/) slowest = (v[k] > slowest ? v[k] : slowest)
    for (k in v) if (k ~ /^(view_|filter_|search_|sort_by_|scroll_)/ && v[k] == slowest) name = k
    row("slowest query: " name, slowest, 50, "ms", "max")
    row("app_switch_to_needs_capture", v["app_switch_to_needs_capture"], 100, "ms", "max")
    row("app_open_and_first_page_all_orders", v["app_open_and_first_page_all_orders"], 100, "ms", "max")
    # Two round trips per capture (the deposit and the status read that confirms it) at 20 ms, 6 at a time.
    row("batch 1000 captures", v["batch_concurrency_6_time"], 8, "s", "max")
    row("batch 1000 captures / two-round-trip floor", v["batch_concurrency_6_time"], 1000 * 2 * 0.020 / 6, "s", "floor")
    row("batch_concurrency_6_outcomes (done)", v["batch_concurrency_6_outcomes"], 1000, "done", "min")
    if ("batch_doubled_captures" in v)
        printf "%-44s %10d orders    limit %8d orders    %s\n", "batch_doubled_captures", v["batch_doubled_captures"], 0,
            v["batch_doubled_captures"] == 0 ? "ok" : "MISSED"
}

# The team run: every view query of the window on PostgreSQL against the same 50 ms as on SQLite.
function teamRows(    k, name, slowest, missed) {
    if (v["pg_insert_multirow_upsert"] > 0)
        printf "%-44s %10.2f x the multi-row upsert (%s is the limit)\n", "bulk path: COPY", \
            v["pg_insert_copy"] / v["pg_insert_multirow_upsert"], \
            (v["pg_insert_copy"] >= v["pg_insert_multirow_upsert"] ? "COPY" : "the upsert")
    row("sync_full_rate / limit_pg_insert", v["sync_full_rate"], v["limit_pg_insert"], "orders/s", "info")
    row("sync_full_rate / limit_gateway_fetch_only", v["sync_full_rate"], v["limit_gateway_fetch_only"], "orders/s", "info")
    row("open_and_first_page_all_orders_cold", v["open_and_first_page_all_orders_cold"], 100, "ms", "max")
    for (k in v) if (k ~ /^(view_|filter_|search_|sort_by_|scroll_|needs_capture_)/) {
        if (v[k] > slowest) { slowest = v[k]; name = k }
        if (v[k] > 50) { row(k, v[k], 50, "ms", "max"); missed++ }
    }
    row("slowest query: " name, slowest, 50, "ms", "max")
    printf "%-44s %10d queries   over 50 ms  %s\n", "view queries missing 50 ms", missed, missed ? "MISSED" : "ok"
}
