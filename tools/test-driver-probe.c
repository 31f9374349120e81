/* Probe of libvirt's test driver behaviour, run against the virtdeck demo fleet.
 *
 * Build:  cc -o probe test-driver-probe.c $(pkg-config --cflags --libs libvirt) -lpthread
 * Run:    ./probe /ABSOLUTE/PATH/fleet.xml [section]
 * Sections: metadata metadata-input lifecycle lifecycle-initial counters indep apis
 *           redefine conn ro (default: all, in that order, on one connection; a later
 *           section sees the changes an earlier one made, except where a section opens
 *           its own connection).
 * The answers are written down in resources/demo/README.md, "Test driver facts". It is a research
 * program, not part of the build. */
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *URI;
static virConnectPtr conn;

static const char *evname[] = {"DEFINED", "UNDEFINED", "STARTED", "SUSPENDED", "RESUMED",
                               "STOPPED", "SHUTDOWN", "PMSUSPENDED", "CRASHED"};
static const char *detname(int ev, int d)
{
    static const char *def[] = {"ADDED", "UPDATED", "RENAMED", "FROM_SNAPSHOT"};
    static const char *undef[] = {"REMOVED", "RENAMED"};
    static const char *st[] = {"BOOTED", "MIGRATED", "RESTORED", "FROM_SNAPSHOT", "WAKEUP"};
    static const char *su[] = {"PAUSED", "MIGRATED", "IOERROR", "WATCHDOG", "RESTORED",
                               "FROM_SNAPSHOT", "API_ERROR", "POSTCOPY", "POSTCOPY_FAILED"};
    static const char *re[] = {"UNPAUSED", "MIGRATED", "FROM_SNAPSHOT", "POSTCOPY", "POSTCOPY_FAILED"};
    static const char *sp[] = {"SHUTDOWN", "DESTROYED", "CRASHED", "MIGRATED", "SAVED",
                               "FAILED", "FROM_SNAPSHOT"};
    static const char *sh[] = {"FINISHED", "GUEST", "HOST"};
    switch (ev) {
    case 0: return d < 4 ? def[d] : "?";
    case 1: return d < 2 ? undef[d] : "?";
    case 2: return d < 5 ? st[d] : "?";
    case 3: return d < 9 ? su[d] : "?";
    case 4: return d < 5 ? re[d] : "?";
    case 5: return d < 7 ? sp[d] : "?";
    case 6: return d < 3 ? sh[d] : "?";
    default: return "?";
    }
}

/* Events are collected here by the event-loop thread and printed by settle(), so that each
 * event appears under the call that caused it. */
static pthread_mutex_t evlock = PTHREAD_MUTEX_INITIALIZER;
static char evbuf[65536];
static size_t evlen;

static void evlog(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void evlog(const char *fmt, ...)
{
    va_list ap;
    pthread_mutex_lock(&evlock);
    va_start(ap, fmt);
    int n = vsnprintf(evbuf + evlen, sizeof evbuf - evlen, fmt, ap);
    va_end(ap);
    if (n > 0 && evlen + n < sizeof evbuf) evlen += n;
    pthread_mutex_unlock(&evlock);
}

static int lifecycle_cb(virConnectPtr c, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void)c; (void)opaque;
    evlog("    EVENT lifecycle %s: %s(%d) detail %s(%d)\n", virDomainGetName(dom),
          event < 9 ? evname[event] : "?", event, detname(event, detail), detail);
    return 0;
}

static void reboot_cb(virConnectPtr c, virDomainPtr dom, void *opaque)
{
    (void)c; (void)opaque;
    evlog("    EVENT reboot %s\n", virDomainGetName(dom));
}

static void metadata_cb(virConnectPtr c, virDomainPtr dom, int type, const char *nsuri, void *opaque)
{
    (void)c; (void)opaque;
    evlog("    EVENT metadata-change %s type=%d nsuri=%s\n", virDomainGetName(dom), type,
          nsuri ? nsuri : "(null)");
}

static void balloon_cb(virConnectPtr c, virDomainPtr dom, unsigned long long actual, void *opaque)
{
    (void)c; (void)opaque;
    evlog("    EVENT balloon-change %s actual=%llu KiB\n", virDomainGetName(dom), actual);
}

static void tunable_cb(virConnectPtr c, virDomainPtr dom, virTypedParameterPtr params, int n, void *opaque)
{
    (void)c; (void)opaque;
    evlog("    EVENT tunable %s (%d params%s%s)\n", virDomainGetName(dom), n, n > 0 ? ", first " : "",
          n > 0 ? params[0].field : "");
}

static void *loop_thread(void *arg)
{
    (void)arg;
    for (;;)
        virEventRunDefaultImpl();
    return NULL;
}

static void quiet(void *u, virErrorPtr e) { (void)u; (void)e; }

static void settle(void)
{
    usleep(300 * 1000);
    pthread_mutex_lock(&evlock);
    fwrite(evbuf, 1, evlen, stdout);
    evlen = 0;
    pthread_mutex_unlock(&evlock);
    fflush(stdout);
}

static void res(const char *what, long long rc)
{
    if (rc < 0) {
        virErrorPtr e = virGetLastError();
        printf("  %-62s FAIL rc=%lld code=%d domain=%d msg=\"%s\"\n", what, rc,
               e ? e->code : -1, e ? e->domain : -1, e && e->message ? e->message : "(none)");
    } else {
        printf("  %-62s OK rc=%lld\n", what, rc);
    }
    fflush(stdout);
}

static void resp(const char *what, const void *p) { res(what, p ? 0 : -1); }

static const char *stname[] = {"nostate", "running", "blocked", "paused", "shutdown",
                               "shutoff", "crashed", "pmsuspended"};

static void show_state(virDomainPtr d)
{
    int st = -1, reason = -1;
    virDomainGetState(d, &st, &reason, 0);
    printf("    state %s = %s(%d) reason %d, id=%d\n", virDomainGetName(d),
           st >= 0 && st < 8 ? stname[st] : "?", st, reason, virDomainGetID(d));
}

static void show_meta(virDomainPtr d, const char *label)
{
    static const struct { unsigned int f; const char *n; } fl[] = {
        {VIR_DOMAIN_AFFECT_CURRENT, "CURRENT"}, {VIR_DOMAIN_AFFECT_LIVE, "LIVE"},
        {VIR_DOMAIN_AFFECT_CONFIG, "CONFIG"}};
    for (size_t i = 0; i < 3; i++) {
        char *m = virDomainGetMetadata(d, VIR_DOMAIN_METADATA_ELEMENT,
                                       "https://virtdeck.org/xmlns/server/1", fl[i].f);
        if (m) {
            printf("    [%s] GetMetadata(%s) => %s\n", label, fl[i].n, m);
            free(m);
        } else {
            virErrorPtr e = virGetLastError();
            printf("    [%s] GetMetadata(%s) FAIL code=%d msg=\"%s\"\n", label, fl[i].n,
                   e ? e->code : -1, e ? e->message : "");
        }
    }
}

static void dump_meta_block(virDomainPtr d, unsigned int flags, const char *label)
{
    char *x = virDomainGetXMLDesc(d, flags);
    if (!x) { res("GetXMLDesc", -1); return; }
    char *a = strstr(x, "<metadata>");
    char *b = strstr(x, "</metadata>");
    if (a && b) {
        printf("    [%s] dumpxml metadata block:\n%.*s\n", label, (int)(b - a + 11), a);
    } else {
        printf("    [%s] dumpxml: no metadata block\n", label);
    }
    free(x);
}

static virDomainPtr dom(const char *n)
{
    virDomainPtr d = virDomainLookupByName(conn, n);
    if (!d) { res(n, -1); exit(1); }
    return d;
}

/* ------------------------------------------------------------------------ */

static void test_metadata(void)
{
    printf("\n== metadata ==\n");
    const char *NS = "https://virtdeck.org/xmlns/server/1";
    virDomainPtr run = dom("www-en-02"), off = dom("www-en-10");
    show_meta(run, "running initial");
    show_meta(off, "shutoff initial");

    const char *newxml =
        "<server><tags><tag>web</tag><tag>site-en</tag></tags><shares>5</shares></server>";
    const char *newxml_pref =
        "<virtdeck:server xmlns:virtdeck=\"https://virtdeck.org/xmlns/server/1\">"
        "<virtdeck:tags><virtdeck:tag>web</virtdeck:tag></virtdeck:tags>"
        "<virtdeck:shares>6</virtdeck:shares></virtdeck:server>";
    static const struct { unsigned int f; const char *n; } fl[] = {
        {VIR_DOMAIN_AFFECT_CURRENT, "CURRENT"}, {VIR_DOMAIN_AFFECT_LIVE, "LIVE"},
        {VIR_DOMAIN_AFFECT_CONFIG, "CONFIG"},
        {VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG, "LIVE|CONFIG"}};
    virDomainPtr ds[2] = {run, off};
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < 4; i++) {
            char what[128];
            snprintf(what, sizeof what, "SetMetadata(%s, key virtdeck, %s)",
                     virDomainGetName(ds[k]), fl[i].n);
            res(what, virDomainSetMetadata(ds[k], VIR_DOMAIN_METADATA_ELEMENT, newxml,
                                           "virtdeck", NS, fl[i].f));
            settle();
            show_meta(ds[k], fl[i].n);
        }
    }
    printf("  -- input with a prefix + xmlns in the element itself\n");
    res("SetMetadata(www-en-02, prefixed input, LIVE|CONFIG)",
        virDomainSetMetadata(run, VIR_DOMAIN_METADATA_ELEMENT, newxml_pref, "virtdeck", NS,
                             VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG));
    settle();
    show_meta(run, "after prefixed input");
    dump_meta_block(run, 0, "live");
    dump_meta_block(run, VIR_DOMAIN_XML_INACTIVE, "inactive");
    printf("  -- other key prefix\n");
    res("SetMetadata(www-en-02, key vd, LIVE)",
        virDomainSetMetadata(run, VIR_DOMAIN_METADATA_ELEMENT, newxml, "vd", NS,
                             VIR_DOMAIN_AFFECT_LIVE));
    settle();
    dump_meta_block(run, 0, "live, key vd");
    printf("  -- NULL key\n");
    res("SetMetadata(www-en-02, key NULL, LIVE)",
        virDomainSetMetadata(run, VIR_DOMAIN_METADATA_ELEMENT, newxml, NULL, NS,
                             VIR_DOMAIN_AFFECT_LIVE));
    printf("  -- removal (metadata NULL)\n");
    res("SetMetadata(www-en-02, NULL xml, LIVE)",
        virDomainSetMetadata(run, VIR_DOMAIN_METADATA_ELEMENT, NULL, NULL, NS,
                             VIR_DOMAIN_AFFECT_LIVE));
    settle();
    show_meta(run, "after removal LIVE");
    printf("  -- title / description\n");
    res("SetMetadata(www-en-02, TITLE, LIVE|CONFIG)",
        virDomainSetMetadata(run, VIR_DOMAIN_METADATA_TITLE, "New title", NULL, NULL,
                             VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG));
    settle();
    res("SetMetadata(www-en-02, DESCRIPTION, CURRENT)",
        virDomainSetMetadata(run, VIR_DOMAIN_METADATA_DESCRIPTION, "New text", NULL, NULL, 0));
    settle();
    char *t = virDomainGetMetadata(run, VIR_DOMAIN_METADATA_TITLE, NULL, 0);
    printf("    title now: %s\n", t ? t : "(null)");
    free(t);
    printf("  -- metadata with invalid XML\n");
    res("SetMetadata(www-en-02, '<server>', LIVE)",
        virDomainSetMetadata(run, VIR_DOMAIN_METADATA_ELEMENT, "<server>", "virtdeck", NS,
                             VIR_DOMAIN_AFFECT_LIVE));
    printf("  -- GetMetadata for absent namespace\n");
    char *m = virDomainGetMetadata(off, VIR_DOMAIN_METADATA_ELEMENT, "https://example.org/none", 0);
    resp("GetMetadata(www-en-10, unknown uri)", m);
    free(m);
    virDomainFree(run);
    virDomainFree(off);
}

static void test_lifecycle(void)
{
    printf("\n== lifecycle ==\n");
    virDomainPtr off = dom("www-en-10"), run = dom("www-en-03"), crashed = dom("www-en-09"),
                 paused = dom("www-fr-09");

    show_state(off);
    res("Create(www-en-10 shut off)", virDomainCreate(off)); settle(); show_state(off);
    res("Create(www-en-10 again, running)", virDomainCreate(off)); settle();

    show_state(run);
    res("Suspend(www-en-03)", virDomainSuspend(run)); settle(); show_state(run);
    res("Suspend(www-en-03 again)", virDomainSuspend(run)); settle();
    res("Resume(www-en-03)", virDomainResume(run)); settle(); show_state(run);
    res("Resume(www-en-03 again)", virDomainResume(run)); settle();
    res("Reboot(www-en-03, 0)", virDomainReboot(run, 0)); settle(); show_state(run);
    res("Reset(www-en-03)", virDomainReset(run, 0)); settle(); show_state(run);
    res("Shutdown(www-en-03)", virDomainShutdown(run)); settle(); show_state(run);
    res("Shutdown(www-en-03 again, now shut off)", virDomainShutdown(run)); settle();
    res("Reboot(www-en-03 shut off)", virDomainReboot(run, 0)); settle();
    res("Suspend(www-en-03 shut off)", virDomainSuspend(run)); settle();
    res("Destroy(www-en-03 shut off)", virDomainDestroy(run)); settle();
    res("Create(www-en-03)", virDomainCreate(run)); settle(); show_state(run);
    res("Destroy(www-en-03)", virDomainDestroy(run)); settle(); show_state(run);
    res("DestroyFlags(www-en-03 off, GRACEFUL)", virDomainDestroyFlags(run, VIR_DOMAIN_DESTROY_GRACEFUL)); settle();
    res("Create(www-en-03)", virDomainCreate(run)); settle();
    res("ShutdownFlags(www-en-03, ACPI_POWER_BTN)", virDomainShutdownFlags(run, VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN)); settle(); show_state(run);
    res("Create(www-en-03)", virDomainCreate(run)); settle();
    res("ShutdownFlags(www-en-03, GUEST_AGENT)", virDomainShutdownFlags(run, VIR_DOMAIN_SHUTDOWN_GUEST_AGENT)); settle(); show_state(run);
    res("Create(www-en-03)", virDomainCreate(run)); settle();
    res("Reboot(www-en-03, ACPI_POWER_BTN)", virDomainReboot(run, VIR_DOMAIN_REBOOT_ACPI_POWER_BTN)); settle();

    printf("  -- paused domain www-fr-09\n");
    show_state(paused);
    res("Shutdown(www-fr-09 paused)", virDomainShutdown(paused)); settle(); show_state(paused);
    res("Create(www-fr-09)", virDomainCreate(paused)); settle();
    res("Suspend(www-fr-09)", virDomainSuspend(paused)); settle();
    res("Reboot(www-fr-09 paused)", virDomainReboot(paused, 0)); settle(); show_state(paused);
    res("Resume(www-fr-09)", virDomainResume(paused)); settle(); show_state(paused);

    printf("  -- crashed domain www-en-09\n");
    show_state(crashed);
    res("Resume(www-en-09 crashed)", virDomainResume(crashed)); settle();
    res("Suspend(www-en-09 crashed)", virDomainSuspend(crashed)); settle();
    res("Shutdown(www-en-09 crashed)", virDomainShutdown(crashed)); settle(); show_state(crashed);
    res("Reboot(www-en-09)", virDomainReboot(crashed, 0)); settle(); show_state(crashed);
    res("Create(www-en-09 crashed?)", virDomainCreate(crashed)); settle(); show_state(crashed);
    res("Destroy(www-en-09)", virDomainDestroy(crashed)); settle(); show_state(crashed);
    res("Create(www-en-09)", virDomainCreate(crashed)); settle(); show_state(crashed);

    printf("  -- autostart\n");
    res("SetAutostart(www-en-10, 1)", virDomainSetAutostart(off, 1));
    int as = -1;
    res("GetAutostart(www-en-10)", virDomainGetAutostart(off, &as));
    printf("    autostart=%d\n", as);

    virDomainFree(off); virDomainFree(run); virDomainFree(crashed); virDomainFree(paused);
}

static void test_independence(void)
{
    printf("\n== independent state per connection ==\n");
    virConnectPtr c2 = virConnectOpen(URI);
    resp("second virConnectOpen(same path)", c2);
    if (!c2) return;
    virDomainPtr a = dom("www-en-05");
    res("conn A: Suspend(www-en-05)", virDomainSuspend(a)); settle();
    virDomainPtr b = virDomainLookupByName(c2, "www-en-05");
    int st = -1, r = -1;
    virDomainGetState(b, &st, &r, 0);
    printf("    conn B sees www-en-05 state %s(%d)\n", stname[st], st);
    virDomainGetState(a, &st, &r, 0);
    printf("    conn A sees www-en-05 state %s(%d)\n", stname[st], st);
    res("conn B: Destroy(www-en-05)  (no event expected on A)", virDomainDestroy(b)); settle();
    virDomainGetState(a, &st, &r, 0);
    printf("    conn A sees www-en-05 state %s(%d) after B destroyed it\n", stname[st], st);
    res("conn A: Resume(www-en-05)", virDomainResume(a)); settle();
    /* default URI sharing for comparison */
    virConnectPtr d1 = virConnectOpen("test:///default"), d2 = virConnectOpen("test:///default");
    virDomainPtr t1 = virDomainLookupByName(d1, "test"), t2 = virDomainLookupByName(d2, "test");
    virDomainSuspend(t1);
    virDomainGetState(t2, &st, &r, 0);
    printf("    test:///default: after suspend on conn 1, conn 2 sees %s(%d)\n", stname[st], st);
    virDomainResume(t1);
    virDomainFree(t1); virDomainFree(t2); virConnectClose(d1); virConnectClose(d2);
    virDomainFree(a); virDomainFree(b);
    virConnectClose(c2);
}

static void print_params(virTypedParameterPtr p, int n)
{
    for (int i = 0; i < n; i++) {
        printf("      %s = ", p[i].field);
        switch (p[i].type) {
        case VIR_TYPED_PARAM_INT: printf("%d (int)\n", p[i].value.i); break;
        case VIR_TYPED_PARAM_UINT: printf("%u (uint)\n", p[i].value.ui); break;
        case VIR_TYPED_PARAM_LLONG: printf("%lld (llong)\n", p[i].value.l); break;
        case VIR_TYPED_PARAM_ULLONG: printf("%llu (ullong)\n", p[i].value.ul); break;
        case VIR_TYPED_PARAM_DOUBLE: printf("%f (double)\n", p[i].value.d); break;
        case VIR_TYPED_PARAM_BOOLEAN: printf("%d (bool)\n", p[i].value.b); break;
        case VIR_TYPED_PARAM_STRING: printf("%s (string)\n", p[i].value.s); break;
        }
    }
}

static void vcpu_report(virDomainPtr d)
{
    printf("    %s vcpus: live cur=%d cfg cur=%d live max=%d cfg max=%d\n", virDomainGetName(d),
           virDomainGetVcpusFlags(d, VIR_DOMAIN_AFFECT_LIVE),
           virDomainGetVcpusFlags(d, VIR_DOMAIN_AFFECT_CONFIG),
           virDomainGetVcpusFlags(d, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_VCPU_MAXIMUM),
           virDomainGetVcpusFlags(d, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM));
    virResetLastError();
}

static void mem_report(virDomainPtr d)
{
    virDomainInfo info;
    virDomainGetInfo(d, &info);
    char *live = virDomainGetXMLDesc(d, 0), *cfg = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
    unsigned long lm = 0, lc = 0, cm = 0, cc = 0;
    char *p;
    if (live && (p = strstr(live, "<memory unit='KiB'>"))) lm = strtoul(p + 19, NULL, 10);
    if (live && (p = strstr(live, "<currentMemory unit='KiB'>"))) lc = strtoul(p + 26, NULL, 10);
    if (cfg && (p = strstr(cfg, "<memory unit='KiB'>"))) cm = strtoul(p + 19, NULL, 10);
    if (cfg && (p = strstr(cfg, "<currentMemory unit='KiB'>"))) cc = strtoul(p + 26, NULL, 10);
    printf("    %s mem KiB: info max=%lu cur=%lu | live xml memory=%lu current=%lu | config xml memory=%lu current=%lu\n",
           virDomainGetName(d), info.maxMem, info.memory, lm, lc, cm, cc);
    free(live); free(cfg);
}

static void test_apis(void)
{
    printf("\n== API support ==\n");
    virDomainPtr run = dom("www-en-04"), off = dom("www-fr-10"), six = dom("www6-01");

    /* console */
    virStreamPtr st = virStreamNew(conn, VIR_STREAM_NONBLOCK);
    resp("virStreamNew(NONBLOCK)", st);
    res("OpenConsole(www-en-04, NULL dev)", virDomainOpenConsole(run, NULL, st, 0));
    res("OpenConsole(www-en-04, \"serial0\")", virDomainOpenConsole(run, "serial0", st, 0));
    res("OpenConsole(www-en-04, FORCE)", virDomainOpenConsole(run, NULL, st, VIR_DOMAIN_CONSOLE_FORCE));
    if (st) virStreamFree(st);
    st = virStreamNew(conn, VIR_STREAM_NONBLOCK);
    res("OpenConsole(www-fr-10 shut off)", virDomainOpenConsole(off, NULL, st, 0));
    if (st) virStreamFree(st);

    unsigned int keys[] = {29, 56, 111}; /* ctrl alt del (linux codes) */
    res("SendKey(www-en-04, LINUX ctrl-alt-del)", virDomainSendKey(run, VIR_KEYCODE_SET_LINUX, 0, keys, 3, 0));
    res("SendKey(www-fr-10 shut off)", virDomainSendKey(off, VIR_KEYCODE_SET_LINUX, 0, keys, 3, 0));
    res("InjectNMI(www-en-04)", virDomainInjectNMI(run, 0));

    /* bulk stats */
    virDomainStatsRecordPtr *recs = NULL;
    int n = virConnectGetAllDomainStats(conn, 0, &recs, 0);
    res("ConnectGetAllDomainStats(stats=0 (all), flags=0)", n);
    if (n > 0) {
        for (int i = 0; i < n; i++) {
            const char *nm = virDomainGetName(recs[i]->dom);
            if (!strcmp(nm, "www6-01") || !strcmp(nm, "www-fr-10")) {
                printf("    record %s: %d params\n", nm, recs[i]->nparams);
                print_params(recs[i]->params, recs[i]->nparams);
            }
        }
        virDomainStatsRecordListFree(recs);
    }
    recs = NULL;
    n = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL |
                                    VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU |
                                    VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK, &recs,
                                    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
    res("ConnectGetAllDomainStats(STATE|CPU|BALLOON|VCPU|IF|BLOCK, ACTIVE)", n);
    if (n > 0) virDomainStatsRecordListFree(recs);
    recs = NULL;
    n = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_CPU_TOTAL, &recs,
                                    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS);
    res("ConnectGetAllDomainStats(CPU_TOTAL, ENFORCE_STATS)", n);
    if (n > 0) virDomainStatsRecordListFree(recs);
    static const struct { unsigned int b; const char *n; } sb[] = {
        {VIR_DOMAIN_STATS_STATE, "STATE"}, {VIR_DOMAIN_STATS_CPU_TOTAL, "CPU_TOTAL"},
        {VIR_DOMAIN_STATS_BALLOON, "BALLOON"}, {VIR_DOMAIN_STATS_VCPU, "VCPU"},
        {VIR_DOMAIN_STATS_INTERFACE, "INTERFACE"}, {VIR_DOMAIN_STATS_BLOCK, "BLOCK"},
        {VIR_DOMAIN_STATS_PERF, "PERF"}, {VIR_DOMAIN_STATS_IOTHREAD, "IOTHREAD"},
        {VIR_DOMAIN_STATS_MEMORY, "MEMORY"}, {VIR_DOMAIN_STATS_DIRTYRATE, "DIRTYRATE"}};
    for (size_t i = 0; i < sizeof sb / sizeof sb[0]; i++) {
        char what[96];
        recs = NULL;
        snprintf(what, sizeof what, "ConnectGetAllDomainStats(%s, ENFORCE_STATS)", sb[i].n);
        n = virConnectGetAllDomainStats(conn, sb[i].b, &recs, VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS);
        res(what, n);
        if (n > 0) virDomainStatsRecordListFree(recs);
    }
    virDomainPtr doms[] = {run, NULL};
    recs = NULL;
    n = virDomainListGetStats(doms, VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_BALLOON, &recs, 0);
    res("DomainListGetStats([www-en-04], STATE|BALLOON)", n);
    if (n > 0) { print_params(recs[0]->params, recs[0]->nparams); virDomainStatsRecordListFree(recs); }

    /* cpu stats */
    virTypedParameter tp[64];
    n = virDomainGetCPUStats(run, NULL, 0, -1, 1, 0);
    res("GetCPUStats(www-en-04, total, query nparams)", n);
    n = virDomainGetCPUStats(run, tp, 8, -1, 1, 0);
    res("GetCPUStats(www-en-04, total)", n);
    if (n > 0) print_params(tp, n);
    n = virDomainGetCPUStats(run, NULL, 0, 0, 0, 0);
    res("GetCPUStats(www-en-04, per-cpu query)", n);

    virDomainInterfaceStatsStruct ifs;
    res("InterfaceStats(www6-01, \"testnet0\")", virDomainInterfaceStats(six, "testnet0", &ifs, sizeof ifs));
    if (1) printf("    rx_bytes=%lld tx_bytes=%lld rx_packets=%lld\n", ifs.rx_bytes, ifs.tx_bytes, ifs.rx_packets);
    res("InterfaceStats(www6-01, by MAC 52:54:00:10:15:11)", virDomainInterfaceStats(six, "52:54:00:10:15:11", &ifs, sizeof ifs));
    res("InterfaceStats(www6-01, \"vnet0\")", virDomainInterfaceStats(six, "vnet0", &ifs, sizeof ifs));

    virDomainBlockStatsStruct bs;
    res("BlockStats(www6-01, \"vda\")", virDomainBlockStats(six, "vda", &bs, sizeof bs));
    if (1) printf("    rd_bytes=%lld wr_bytes=%lld\n", bs.rd_bytes, bs.wr_bytes);

    virDomainMemoryStatStruct ms[VIR_DOMAIN_MEMORY_STAT_NR];
    n = virDomainMemoryStats(run, ms, VIR_DOMAIN_MEMORY_STAT_NR, 0);
    res("MemoryStats(www-en-04)", n);
    for (int i = 0; i < n; i++) printf("      tag %d = %llu\n", ms[i].tag, ms[i].val);

    virVcpuInfo vi[8];
    unsigned char maps[8 * 8];
    n = virDomainGetVcpus(run, vi, 8, maps, 8);
    res("GetVcpus(www-en-04)", n);
    for (int i = 0; i < n; i++) printf("      vcpu %u state %d cpu %d cputime %llu\n", vi[i].number, vi[i].state, vi[i].cpu, vi[i].cpuTime);
    res("GetVcpus(www-fr-10 shut off)", virDomainGetVcpus(off, vi, 8, maps, 8));
    res("GetVcpuPinInfo(www-en-04, CURRENT)", virDomainGetVcpuPinInfo(run, 4, maps, 8, 0));
    res("GetVcpuPinInfo(www-fr-10, CONFIG)", virDomainGetVcpuPinInfo(off, 4, maps, 8, VIR_DOMAIN_AFFECT_CONFIG));
    res("GetMaxVcpus(www-en-04)", virDomainGetMaxVcpus(run));

    printf("  -- SetVcpusFlags on running www-en-04 (2 of max 4)\n");
    vcpu_report(run);
    res("SetVcpusFlags(3, LIVE)", virDomainSetVcpusFlags(run, 3, VIR_DOMAIN_AFFECT_LIVE)); settle(); vcpu_report(run);
    res("SetVcpusFlags(1, CONFIG)", virDomainSetVcpusFlags(run, 1, VIR_DOMAIN_AFFECT_CONFIG)); settle(); vcpu_report(run);
    res("SetVcpusFlags(4, LIVE|CONFIG)", virDomainSetVcpusFlags(run, 4, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG)); settle(); vcpu_report(run);
    res("SetVcpusFlags(2, CURRENT)", virDomainSetVcpusFlags(run, 2, VIR_DOMAIN_AFFECT_CURRENT)); settle(); vcpu_report(run);
    res("SetVcpus(3) (legacy API)", virDomainSetVcpus(run, 3)); settle(); vcpu_report(run);
    res("SetVcpusFlags(5 > max, LIVE)", virDomainSetVcpusFlags(run, 5, VIR_DOMAIN_AFFECT_LIVE));
    res("SetVcpusFlags(0, LIVE)", virDomainSetVcpusFlags(run, 0, VIR_DOMAIN_AFFECT_LIVE));
    res("SetVcpusFlags(6, CONFIG|MAXIMUM) on running", virDomainSetVcpusFlags(run, 6, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM)); vcpu_report(run);
    res("SetVcpusFlags(6, LIVE|MAXIMUM) on running", virDomainSetVcpusFlags(run, 6, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_VCPU_MAXIMUM));
    res("SetVcpusFlags(2, GUEST)", virDomainSetVcpusFlags(run, 2, VIR_DOMAIN_VCPU_GUEST));
    printf("  -- SetVcpusFlags on shut-off www-fr-10 (1 of max 4)\n");
    vcpu_report(off);
    res("SetVcpusFlags(2, LIVE) on shut off", virDomainSetVcpusFlags(off, 2, VIR_DOMAIN_AFFECT_LIVE));
    res("SetVcpusFlags(2, CONFIG)", virDomainSetVcpusFlags(off, 2, VIR_DOMAIN_AFFECT_CONFIG)); vcpu_report(off);
    res("SetVcpusFlags(3, CURRENT)", virDomainSetVcpusFlags(off, 3, VIR_DOMAIN_AFFECT_CURRENT)); vcpu_report(off);
    res("SetVcpusFlags(6, CONFIG|MAXIMUM)", virDomainSetVcpusFlags(off, 6, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM)); vcpu_report(off);
    res("SetVcpusFlags(4, CONFIG|MAXIMUM) back", virDomainSetVcpusFlags(off, 4, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM)); vcpu_report(off);

    printf("  -- memory on running www-en-04 (1 GiB of max 2 GiB)\n");
    mem_report(run);
    res("SetMemoryFlags(1536 MiB, LIVE)", virDomainSetMemoryFlags(run, 1536 * 1024, VIR_DOMAIN_AFFECT_LIVE)); settle(); mem_report(run);
    res("SetMemoryFlags(768 MiB, CONFIG)", virDomainSetMemoryFlags(run, 768 * 1024, VIR_DOMAIN_AFFECT_CONFIG)); settle(); mem_report(run);
    res("SetMemoryFlags(2048 MiB, LIVE|CONFIG)", virDomainSetMemoryFlags(run, 2048 * 1024, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG)); settle(); mem_report(run);
    res("SetMemoryFlags(1024 MiB, CURRENT)", virDomainSetMemoryFlags(run, 1024 * 1024, 0)); settle(); mem_report(run);
    res("SetMemory(512 MiB) (legacy API)", virDomainSetMemory(run, 512 * 1024)); settle(); mem_report(run);
    res("SetMemoryFlags(3 GiB > max, LIVE)", virDomainSetMemoryFlags(run, 3072 * 1024, VIR_DOMAIN_AFFECT_LIVE));
    res("SetMemoryFlags(3 GiB, CONFIG|MEM_MAXIMUM) running", virDomainSetMemoryFlags(run, 3072 * 1024, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_MEM_MAXIMUM)); mem_report(run);
    res("SetMemoryFlags(3 GiB, LIVE|MEM_MAXIMUM) running", virDomainSetMemoryFlags(run, 3072 * 1024, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_MEM_MAXIMUM));
    res("SetMaxMemory(3 GiB) running", virDomainSetMaxMemory(run, 3072 * 1024)); mem_report(run);
    printf("  -- memory on shut-off www-fr-10 (512 MiB of max 2 GiB)\n");
    mem_report(off);
    res("SetMemoryFlags(1 GiB, LIVE) shut off", virDomainSetMemoryFlags(off, 1024 * 1024, VIR_DOMAIN_AFFECT_LIVE));
    res("SetMemoryFlags(1 GiB, CONFIG)", virDomainSetMemoryFlags(off, 1024 * 1024, VIR_DOMAIN_AFFECT_CONFIG)); mem_report(off);
    res("SetMemoryFlags(768 MiB, CURRENT)", virDomainSetMemoryFlags(off, 768 * 1024, 0)); mem_report(off);
    res("SetMemoryFlags(3 GiB > max, CONFIG)", virDomainSetMemoryFlags(off, 3072 * 1024, VIR_DOMAIN_AFFECT_CONFIG));
    res("SetMaxMemory(3 GiB) shut off", virDomainSetMaxMemory(off, 3072 * 1024)); mem_report(off);
    res("SetMemoryFlags(1 GiB, CONFIG|MEM_MAXIMUM) shut off (below current?)", virDomainSetMemoryFlags(off, 512 * 1024, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_MEM_MAXIMUM)); mem_report(off);
    res("SetMemoryStatsPeriod(www-en-04, 10, LIVE)", virDomainSetMemoryStatsPeriod(run, 10, VIR_DOMAIN_AFFECT_LIVE));

    printf("  -- scheduler\n");
    int np = 0;
    char *stype = virDomainGetSchedulerType(run, &np);
    resp("GetSchedulerType(www-en-04)", stype);
    if (stype) { printf("    type=%s nparams=%d\n", stype, np); free(stype); }
    static const struct { unsigned int f; const char *n; } sf[] = {
        {0, "0"}, {VIR_DOMAIN_AFFECT_LIVE, "LIVE"}, {VIR_DOMAIN_AFFECT_CONFIG, "CONFIG"}};
    np = 8;
    n = virDomainGetSchedulerParameters(run, tp, &np);
    res("GetSchedulerParameters(www-en-04)", n);
    if (n >= 0) print_params(tp, np);
    for (size_t i = 0; i < 3; i++) {
        char what[96];
        np = 8;
        snprintf(what, sizeof what, "GetSchedulerParametersFlags(www-en-04, %s)", sf[i].n);
        n = virDomainGetSchedulerParametersFlags(run, tp, &np, sf[i].f);
        res(what, n);
        if (n >= 0) print_params(tp, np);
    }
    np = 8;
    n = virDomainGetSchedulerParametersFlags(off, tp, &np, 0);
    res("GetSchedulerParametersFlags(www-fr-10 shut off, 0)", n);
    if (n >= 0) print_params(tp, np);
    virTypedParameter sp;
    for (int kind = 0; kind < 2; kind++) {
        for (size_t i = 0; i < 3; i++) {
            char what[128];
            memset(&sp, 0, sizeof sp);
            if (kind == 0) {
                strcpy(sp.field, VIR_DOMAIN_SCHEDULER_CPU_SHARES);
                sp.type = VIR_TYPED_PARAM_ULLONG;
                sp.value.ul = 1536;
            } else {
                strcpy(sp.field, VIR_DOMAIN_SCHEDULER_WEIGHT);
                sp.type = VIR_TYPED_PARAM_UINT;
                sp.value.ui = 70;
            }
            snprintf(what, sizeof what, "SetSchedulerParametersFlags(%s, %s)", sp.field, sf[i].n);
            res(what, virDomainSetSchedulerParametersFlags(run, &sp, 1, sf[i].f));
        }
        res(kind == 0 ? "SetSchedulerParameters(cpu_shares) legacy" : "SetSchedulerParameters(weight) legacy",
            virDomainSetSchedulerParameters(run, &sp, 1));
    }
    np = 8;
    n = virDomainGetSchedulerParameters(run, tp, &np);
    if (n >= 0) { printf("    after sets:\n"); print_params(tp, np); }
    char *x = virDomainGetXMLDesc(run, 0);
    char *cp = x ? strstr(x, "<cputune>") : NULL;
    printf("    live xml cputune: %.60s\n", cp ? cp : "(none)");
    free(x);

    printf("  -- interface addresses (www6-01, two NICs)\n");
    static const struct { unsigned int s; const char *n; } src[] = {
        {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, "LEASE"},
        {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, "AGENT"},
        {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP, "ARP"}};
    for (size_t i = 0; i < 3; i++) {
        virDomainInterfacePtr *ifa = NULL;
        char what[96];
        snprintf(what, sizeof what, "InterfaceAddresses(www6-01, %s)", src[i].n);
        n = virDomainInterfaceAddresses(six, &ifa, src[i].s, 0);
        res(what, n);
        for (int j = 0; j < n; j++) {
            printf("      if %s hw %s:", ifa[j]->name, ifa[j]->hwaddr ? ifa[j]->hwaddr : "-");
            for (unsigned int k = 0; k < ifa[j]->naddrs; k++)
                printf(" %s/%u(type %d)", ifa[j]->addrs[k].addr, ifa[j]->addrs[k].prefix, ifa[j]->addrs[k].type);
            printf("\n");
            virDomainInterfaceFree(ifa[j]);
        }
        free(ifa);
    }
    {
        virDomainInterfacePtr *ifa = NULL;
        res("InterfaceAddresses(www-fr-10 shut off, LEASE)", virDomainInterfaceAddresses(off, &ifa, 0, 0));
    }

    printf("  -- hostname / misc\n");
    char *hn = virDomainGetHostname(run, 0);
    resp("DomainGetHostname(www-en-04)", hn);
    if (hn) { printf("    hostname=%s\n", hn); free(hn); }
    char *ost = virDomainGetOSType(run);
    printf("    GetOSType=%s\n", ost ? ost : "(null)");
    free(ost);
    virDomainInfo di;
    res("GetInfo(www-en-04)", virDomainGetInfo(run, &di));
    printf("    state=%d maxMem=%lu memory=%lu nrVirtCpu=%u cpuTime=%llu\n", di.state, di.maxMem, di.memory, di.nrVirtCpu, di.cpuTime);
    res("GetInfo(www-fr-10)", virDomainGetInfo(off, &di));
    printf("    state=%d maxMem=%lu memory=%lu nrVirtCpu=%u cpuTime=%llu\n", di.state, di.maxMem, di.memory, di.nrVirtCpu, di.cpuTime);
    res("IsUpdated(www-en-04)", virDomainIsUpdated(run));

    virDomainFree(run); virDomainFree(off); virDomainFree(six);
}

static void test_redefine(void)
{
    printf("\n== redefine a running domain (www-en-06) ==\n");
    virDomainPtr d = dom("www-en-06");
    char *x = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    /* change title and currentMemory 512 MiB -> 1 GiB, vcpu current 1 -> 2, cmdline */
    char *buf = malloc(strlen(x) + 256);
    char *p;
    struct { const char *from, *to; } rep[] = {
        {"<currentMemory unit='KiB'>524288</currentMemory>", "<currentMemory unit='KiB'>1048576</currentMemory>"},
        {"current='1'>4</vcpu>", "current='2'>4</vcpu>"},
        {"<title>English site web front-end 06</title>", "<title>Redefined title</title>"},
        {"console=ttyS0,115200 quiet", "console=ttyS0,115200 loglevel=4"}};
    strcpy(buf, x);
    for (size_t i = 0; i < 4; i++) {
        p = strstr(buf, rep[i].from);
        if (!p) { printf("    (pattern %zu not found)\n", i); continue; }
        size_t fl = strlen(rep[i].from), tl = strlen(rep[i].to);
        memmove(p + tl, p + fl, strlen(p + fl) + 1);
        memcpy(p, rep[i].to, tl);
    }
    show_state(d);
    virDomainPtr nd = virDomainDefineXML(conn, buf);
    resp("DefineXML(modified inactive XML of running www-en-06)", nd);
    settle();
    show_state(d);
    printf("    IsUpdated=%d IsPersistent=%d\n", virDomainIsUpdated(d), virDomainIsPersistent(d));
    mem_report(d);
    vcpu_report(d);
    char *t1 = virDomainGetMetadata(d, VIR_DOMAIN_METADATA_TITLE, NULL, VIR_DOMAIN_AFFECT_LIVE);
    char *t2 = virDomainGetMetadata(d, VIR_DOMAIN_METADATA_TITLE, NULL, VIR_DOMAIN_AFFECT_CONFIG);
    printf("    title live=%s config=%s\n", t1 ? t1 : "(null)", t2 ? t2 : "(null)");
    free(t1); free(t2);
    char *lx = virDomainGetXMLDesc(d, 0), *cx = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
    char *a = strstr(lx, "<cmdline>"), *b = strstr(cx, "<cmdline>");
    printf("    live cmdline: %.60s\n    config cmdline: %.60s\n", a ? a : "-", b ? b : "-");
    free(lx); free(cx);
    res("Destroy(www-en-06)", virDomainDestroy(d)); settle();
    res("Create(www-en-06)", virDomainCreate(d)); settle();
    mem_report(d);
    vcpu_report(d);
    printf("  -- define a shut-off one (www-fr-10) with changed title\n");
    virDomainPtr off = dom("www-fr-10");
    char *ox = virDomainGetXMLDesc(off, VIR_DOMAIN_XML_INACTIVE);
    char *q = strstr(ox, "<title>");
    if (q) { memcpy(q + 7, "Changed", 7); }
    nd = virDomainDefineXML(conn, ox);
    resp("DefineXML(www-fr-10 changed)", nd);
    settle();
    if (nd) virDomainFree(nd);
    printf("  -- define brand-new domain + undefine\n");
    nd = virDomainDefineXML(conn, "<domain type='test'><name>new-01</name><memory unit='MiB'>512</memory><os><type>hvm</type></os></domain>");
    resp("DefineXML(new-01)", nd);
    settle();
    if (nd) { res("Undefine(new-01)", virDomainUndefine(nd)); settle(); virDomainFree(nd); }
    nd = virDomainDefineXML(conn, "<domain type='kvm'><name>new-kvm</name><memory unit='MiB'>512</memory><os><type arch='x86_64'>hvm</type></os></domain>");
    resp("DefineXML(type kvm, arch x86_64)", nd);
    settle();
    if (nd) { res("Create(new-kvm)", virDomainCreate(nd)); settle(); virDomainFree(nd); }
    nd = virDomainDefineXMLFlags(conn, "<domain type='test'><name>new-02</name><memory unit='MiB'>512</memory><os><type>hvm</type></os><bogus/></domain>", VIR_DOMAIN_DEFINE_VALIDATE);
    resp("DefineXMLFlags(unknown element, VALIDATE)", nd);
    free(x); free(buf); free(ox);
    virDomainFree(off);
    virDomainFree(d);
}

/* Metadata input forms: which element shapes SetMetadata accepts and how they are stored. */
static void test_metadata_input(void)
{
    printf("\n== metadata input forms (www-en-02, LIVE) ==\n");
    const char *NS = "https://virtdeck.org/xmlns/server/1";
    static const char *in[][2] = {
        {"virtdeck", "<virtdeck:server xmlns:virtdeck=\"https://virtdeck.org/xmlns/server/1\"><virtdeck:shares>6</virtdeck:shares></virtdeck:server>"},
        {"virtdeck", "<vd:server xmlns:vd=\"https://virtdeck.org/xmlns/server/1\"><vd:shares>7</vd:shares></vd:server>"},
        {"virtdeck", "<server xmlns=\"https://virtdeck.org/xmlns/server/1\"><shares>8</shares></server>"},
        {"virtdeck", "<server><tags/><shares>3</shares></server>"},
        {"virtdeck", "<server><shares>4</shares></server><extra/>"},
        {"bad key", "<server><shares>5</shares></server>"},
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        /* start from a clean slate each time */
        virConnectPtr c = virConnectOpen(URI);
        virDomainPtr d = virDomainLookupByName(c, "www-en-02");
        printf("  input key='%s' xml=%s\n", in[i][0], in[i][1]);
        res("    SetMetadata(LIVE)", virDomainSetMetadata(d, VIR_DOMAIN_METADATA_ELEMENT, in[i][1],
                                                        in[i][0], NS, VIR_DOMAIN_AFFECT_LIVE));
        char *m = virDomainGetMetadata(d, VIR_DOMAIN_METADATA_ELEMENT, NS, VIR_DOMAIN_AFFECT_LIVE);
        printf("    GetMetadata => %s\n", m ? m : "(error)");
        free(m);
        dump_meta_block(d, 0, "live");
        virDomainFree(d);
        virConnectClose(c);
    }
}

/* Operations on the states the file sets up (crashed, paused, running), each on a fresh connection. */
static void test_lifecycle_initial(void)
{
    printf("\n== operations on initial states, fresh connection per domain ==\n");
    static const char *seq[][2] = {
        {"www-en-09", "create"}, {"www-en-09", "reboot"}, {"www-en-09", "destroy"}, {"www-en-09", "create"},
        {"www-fr-09", "reboot"}, {"www-fr-09", "suspend"}, {"www-fr-09", "destroy"},
        {"backup-01", "resume"},
        {"www-en-07", "reset"}, {"www-en-07", "pmsuspend"}, {"www-en-07", "save"}, {"www-en-07", "create"},
    };
    virConnectPtr c = NULL;
    const char *last = "";
    int cbid = -1;
    for (size_t i = 0; i < sizeof seq / sizeof seq[0]; i++) {
        if (strcmp(last, seq[i][0])) {
            if (c) { virConnectDomainEventDeregisterAny(c, cbid); virConnectClose(c); }
            c = virConnectOpen(URI);
            cbid = virConnectDomainEventRegisterAny(c, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                    VIR_DOMAIN_EVENT_CALLBACK(lifecycle_cb), NULL, NULL);
            last = seq[i][0];
            virDomainPtr d0 = virDomainLookupByName(c, last);
            printf("  fresh connection:\n");
            show_state(d0);
            virDomainFree(d0);
        }
        virDomainPtr d = virDomainLookupByName(c, seq[i][0]);
        const char *op = seq[i][1];
        int rc = -1;
        char what[96];
        snprintf(what, sizeof what, "%s(%s)", op, seq[i][0]);
        if (!strcmp(op, "create")) rc = virDomainCreate(d);
        else if (!strcmp(op, "destroy")) rc = virDomainDestroy(d);
        else if (!strcmp(op, "reboot")) rc = virDomainReboot(d, 0);
        else if (!strcmp(op, "reset")) rc = virDomainReset(d, 0);
        else if (!strcmp(op, "suspend")) rc = virDomainSuspend(d);
        else if (!strcmp(op, "resume")) rc = virDomainResume(d);
        else if (!strcmp(op, "pmsuspend")) rc = virDomainPMSuspendForDuration(d, VIR_NODE_SUSPEND_TARGET_MEM, 0, 0);
        else if (!strcmp(op, "save")) rc = virDomainSave(d, "/tmp/virtdeck-probe-save.img");
        res(what, rc);
        settle();
        show_state(d);
        virDomainFree(d);
    }
    if (c) { virConnectDomainEventDeregisterAny(c, cbid); virConnectClose(c); }
    unlink("/tmp/virtdeck-probe-save.img");
}

/* How the fake counters move over time. */
static void test_counters(void)
{
    printf("\n== counters over 2 seconds (www-en-01, db-01) ==\n");
    static const char *names[] = {"www-en-01", "db-01"};
    for (int k = 0; k < 2; k++) {
        for (int j = 0; j < 2; j++) {
            virDomainPtr d = dom(names[j]);
            virDomainInfo i;
            virTypedParameter p[3];
            virVcpuInfo v[16];
            virDomainInterfaceStatsStruct s;
            virDomainBlockStatsStruct b;
            memset(p, 0, sizeof p);
            virDomainGetInfo(d, &i);
            virDomainGetCPUStats(d, p, 3, -1, 1, 0);
            virDomainGetVcpus(d, v, 16, NULL, 0);
            virDomainInterfaceStats(d, "testnet0", &s, sizeof s);
            virDomainBlockStats(d, "vda", &b, sizeof b);
            printf("  %s t=%ds info.cpuTime=%llu cpu_stats.cpu_time=%llu vcpu0.cpuTime=%llu if.rx_bytes=%lld blk.rd_bytes=%lld\n",
                   names[j], 2 * k, i.cpuTime, p[0].value.ul, v[0].cpuTime, s.rx_bytes, b.rd_bytes);
            virDomainFree(d);
        }
        if (k == 0) sleep(2);
    }
}

static void close_cb(virConnectPtr c, int reason, void *opaque)
{
    (void)c; (void)opaque;
    printf("    CLOSE callback reason=%d\n", reason);
}

static void test_connection(void)
{
    printf("\n== connection / node ==\n");
    virNodeInfo ni;
    res("NodeGetInfo", virNodeGetInfo(conn, &ni));
    printf("    model=%s memory=%lu KiB cpus=%u mhz=%u nodes=%u sockets=%u cores=%u threads=%u\n",
           ni.model, ni.memory, ni.cpus, ni.mhz, ni.nodes, ni.sockets, ni.cores, ni.threads);
    unsigned long lv = 0, hv = 0;
    res("ConnectGetLibVersion", virConnectGetLibVersion(conn, &lv));
    printf("    libVersion=%lu\n", lv);
    res("ConnectGetVersion", virConnectGetVersion(conn, &hv));
    printf("    hvVersion=%lu\n", hv);
    const char *ty = virConnectGetType(conn);
    resp("ConnectGetType", ty);
    printf("    type=%s\n", ty ? ty : "(null)");
    char *h = virConnectGetHostname(conn);
    resp("ConnectGetHostname", h);
    printf("    hostname=%s\n", h ? h : "(null)");
    free(h);
    char *u = virConnectGetURI(conn);
    printf("    uri=%s\n", u ? u : "(null)");
    free(u);
    printf("    IsAlive=%d IsSecure=%d IsEncrypted=%d MaxVcpus(NULL)=%d\n", virConnectIsAlive(conn),
           virConnectIsSecure(conn), virConnectIsEncrypted(conn), virConnectGetMaxVcpus(conn, NULL));
    res("ConnectSetKeepAlive(5, 3)", virConnectSetKeepAlive(conn, 5, 3));
    res("ConnectRegisterCloseCallback", virConnectRegisterCloseCallback(conn, close_cb, NULL, NULL));
    res("ConnectUnregisterCloseCallback", virConnectUnregisterCloseCallback(conn, close_cb));
    unsigned long long fm = virNodeGetFreeMemory(conn);
    printf("    NodeGetFreeMemory=%llu\n", fm);
    virResetLastError();
    int nps = 0;
    res("NodeGetCPUStats(ALL, query)", virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, NULL, &nps, 0));
    res("NodeGetMemoryStats(ALL, query)", virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, NULL, &nps, 0));
    unsigned long long cm[4];
    res("NodeGetCellsFreeMemory", virNodeGetCellsFreeMemory(conn, cm, 0, 4));
    char *caps = virConnectGetCapabilities(conn);
    resp("ConnectGetCapabilities", caps);
    free(caps);
    char *sysi = virConnectGetSysinfo(conn, 0);
    resp("ConnectGetSysinfo", sysi);
    free(sysi);
    char *dc = virConnectGetDomainCapabilities(conn, NULL, NULL, NULL, NULL, 0);
    resp("ConnectGetDomainCapabilities", dc);
    free(dc);

    printf("  -- list all domains\n");
    virDomainPtr *all = NULL;
    int n = virConnectListAllDomains(conn, &all, 0);
    res("ConnectListAllDomains(0)", n);
    for (int i = 0; i < n; i++) virDomainFree(all[i]);
    free(all);

    printf("\n== storage ==\n");
    virStoragePoolPtr p = virStoragePoolLookupByName(conn, "kernels");
    resp("StoragePoolLookupByName(kernels)", p);
    virStorageVolPtr *vols = NULL;
    n = virStoragePoolListAllVolumes(p, &vols, 0);
    res("StoragePoolListAllVolumes(kernels)", n);
    for (int i = 0; i < n; i++) {
        char *path = virStorageVolGetPath(vols[i]);
        virStorageVolInfo vi;
        virStorageVolGetInfo(vols[i], &vi);
        printf("      %-44s path=%s type=%d cap=%llu alloc=%llu\n", virStorageVolGetName(vols[i]),
               path ? path : "(err)", vi.type, vi.capacity, vi.allocation);
        free(path);
        virStorageVolFree(vols[i]);
    }
    free(vols);
    virStorageVolPtr v = virStorageVolLookupByPath(conn, "/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64");
    resp("StorageVolLookupByPath(vmlinuz-6.1.0-13-amd64)", v);
    if (v) virStorageVolFree(v);
    v = virStorageVolLookupByPath(conn, "/var/lib/libvirt/kernels/initrd.img-6.5.0-0.deb12.4-amd64");
    resp("StorageVolLookupByPath(missing initrd of 6.5)", v);
    v = virStorageVolLookupByName(p, "nope");
    resp("StorageVolLookupByName(kernels, nope)", v);
    res("StoragePoolRefresh(kernels)", virStoragePoolRefresh(p, 0));
    char *px = virStoragePoolGetXMLDesc(p, 0);
    resp("StoragePoolGetXMLDesc(kernels)", px);
    free(px);
    virStoragePoolFree(p);
    p = virStoragePoolLookupByName(conn, "nope");
    resp("StoragePoolLookupByName(nope)", p);
    virStoragePoolPtr *pools = NULL;
    n = virConnectListAllStoragePools(conn, &pools, 0);
    res("ConnectListAllStoragePools", n);
    for (int i = 0; i < n; i++) { printf("      pool %s\n", virStoragePoolGetName(pools[i])); virStoragePoolFree(pools[i]); }
    free(pools);
    virNetworkPtr *nets = NULL;
    n = virConnectListAllNetworks(conn, &nets, 0);
    res("ConnectListAllNetworks", n);
    for (int i = 0; i < n; i++) { printf("      network %s\n", virNetworkGetName(nets[i])); virNetworkFree(nets[i]); }
    free(nets);
    virNetworkPtr net = virNetworkLookupByName(conn, "frontend");
    if (net) {
        virNetworkDHCPLeasePtr *leases = NULL;
        res("NetworkGetDHCPLeases(frontend)", virNetworkGetDHCPLeases(net, NULL, &leases, 0));
        virNetworkFree(net);
    }
}

static void test_readonly(void)
{
    printf("\n== read-only connection ==\n");
    virConnectPtr ro = virConnectOpenReadOnly(URI);
    resp("ConnectOpenReadOnly", ro);
    if (!ro) return;
    virDomainPtr d = virDomainLookupByName(ro, "www-en-07");
    resp("LookupByName(www-en-07) on RO", d);
    res("Suspend on RO", virDomainSuspend(d));
    res("Destroy on RO", virDomainDestroy(d));
    res("SetMemoryFlags on RO", virDomainSetMemoryFlags(d, 1024 * 1024, VIR_DOMAIN_AFFECT_LIVE));
    res("SetMetadata on RO", virDomainSetMetadata(d, VIR_DOMAIN_METADATA_ELEMENT, "<server/>", "virtdeck", "https://virtdeck.org/xmlns/server/1", 0));
    char *x = virDomainGetXMLDesc(d, 0);
    resp("GetXMLDesc(0) on RO", x);
    free(x);
    x = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_SECURE);
    resp("GetXMLDesc(SECURE) on RO", x);
    free(x);
    char *m = virDomainGetMetadata(d, VIR_DOMAIN_METADATA_ELEMENT, "https://virtdeck.org/xmlns/server/1", 0);
    resp("GetMetadata on RO", m);
    free(m);
    virStreamPtr st = virStreamNew(ro, 0);
    res("OpenConsole on RO", virDomainOpenConsole(d, NULL, st, 0));
    virStreamFree(st);
    virDomainFree(d);
    virConnectClose(ro);
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: probe /abs/path/fleet.xml [section]\n"); return 2; }
    static char uri[4096];
    snprintf(uri, sizeof uri, "test://%s", argv[1]);
    URI = uri;
    const char *only = argc > 2 ? argv[2] : NULL;
    setvbuf(stdout, NULL, _IOLBF, 0);
    virSetErrorFunc(NULL, quiet);
    res("virEventRegisterDefaultImpl", virEventRegisterDefaultImpl());
    pthread_t th;
    pthread_create(&th, NULL, loop_thread, NULL);
    conn = virConnectOpen(URI);
    resp("virConnectOpen", conn);
    if (!conn) return 1;
    res("DomainEventRegisterAny(LIFECYCLE)",
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(lifecycle_cb), NULL, NULL));
    res("DomainEventRegisterAny(REBOOT)",
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                         VIR_DOMAIN_EVENT_CALLBACK(reboot_cb), NULL, NULL));
    res("DomainEventRegisterAny(METADATA_CHANGE)",
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
                                         VIR_DOMAIN_EVENT_CALLBACK(metadata_cb), NULL, NULL));
    res("DomainEventRegisterAny(BALLOON_CHANGE)",
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE,
                                         VIR_DOMAIN_EVENT_CALLBACK(balloon_cb), NULL, NULL));
    res("DomainEventRegisterAny(TUNABLE)",
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_TUNABLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(tunable_cb), NULL, NULL));
    if (!only || !strcmp(only, "metadata")) test_metadata();
    if (!only || !strcmp(only, "metadata-input")) test_metadata_input();
    if (!only || !strcmp(only, "lifecycle")) test_lifecycle();
    if (!only || !strcmp(only, "lifecycle-initial")) test_lifecycle_initial();
    if (!only || !strcmp(only, "counters")) test_counters();
    if (!only || !strcmp(only, "indep")) test_independence();
    if (!only || !strcmp(only, "apis")) test_apis();
    if (!only || !strcmp(only, "redefine")) test_redefine();
    if (!only || !strcmp(only, "conn")) test_connection();
    if (!only || !strcmp(only, "ro")) test_readonly();
    settle();
    printf("\ndone\n");
    virConnectClose(conn);
    return 0;
}
