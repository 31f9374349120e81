// The floor for bench_monitoring: the least a monitor of the same guests must do, one bulk statistics
// call per second (virConnectGetAllDomainStats with the groups virtdeck asks for; per-domain info where
// the driver has no bulk call, as on the test driver) and nothing else. Runs until killed; the benchmark
// reads its CPU time from /proc.

#include <libvirt/libvirt.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s URI\n", argv[0]);
        return 2;
    }
    virConnectPtr conn = virConnectOpen(argv[1]);
    if (!conn) {
        std::fprintf(stderr, "cannot connect to %s\n", argv[1]);
        return 1;
    }
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_VCPU |
                                VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BALLOON |
                                VIR_DOMAIN_STATS_BLOCK;
    timespec next{};
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (;;) {
        virDomainStatsRecordPtr *records = nullptr;
        const int n =
            virConnectGetAllDomainStats(conn, groups, &records, VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
        if (n >= 0) {
            virDomainStatsRecordListFree(records);
        } else {
            virDomainPtr *domains = nullptr;
            const int count = virConnectListAllDomains(conn, &domains, VIR_CONNECT_LIST_DOMAINS_ACTIVE);
            for (int i = 0; i < count; ++i) {
                virDomainInfo info;
                virDomainGetInfo(domains[i], &info);
                virDomainFree(domains[i]);
            }
            std::free(domains);
        }
        std::printf("tick %d\n", n);
        std::fflush(stdout);
        next.tv_sec += 1;
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, nullptr);
    }
}
