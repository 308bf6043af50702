/* TRUTH: race-free. The route table (routes[], nroutes, version) is only written under the write lock (add_route, bump_version) and only read under the read lock; per-lookup hit statistics are counted in thread-local variables and merged into total_hits under stats_lock; main reads after joining. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define MAXR 8

struct route {
    char prefix[16];
    int iface;
};

static pthread_rwlock_t rt_lock = PTHREAD_RWLOCK_INITIALIZER;
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static struct route routes[MAXR];
static int nroutes;
static long version;
static long total_hits;

static int lookup(const char *addr, long *seen_version)
{
    int iface = -1;
    pthread_rwlock_rdlock(&rt_lock);
    for (int i = 0; i < nroutes; i++) {
        if (strncmp(addr, routes[i].prefix, strlen(routes[i].prefix)) == 0) {
            iface = routes[i].iface;
            break;
        }
    }
    *seen_version = version;
    pthread_rwlock_unlock(&rt_lock);
    return iface;
}

static int add_route(const char *pfx, int iface)
{
    int ok = 0;
    pthread_rwlock_wrlock(&rt_lock);
    if (nroutes < MAXR) {
        strncpy(routes[nroutes].prefix, pfx, sizeof routes[0].prefix - 1);
        routes[nroutes].prefix[sizeof routes[0].prefix - 1] = '\0';
        routes[nroutes].iface = iface;
        nroutes++;
        version++;
        ok = 1;
    }
    pthread_rwlock_unlock(&rt_lock);
    return ok;
}

static void *forwarder(void *arg)
{
    const char *addr = arg;
    long hits = 0, v;
    for (int i = 0; i < 20; i++)
        if (lookup(addr, &v) >= 0)
            hits++;
    pthread_mutex_lock(&stats_lock);
    total_hits += hits;
    pthread_mutex_unlock(&stats_lock);
    return NULL;
}

static void *admin(void *arg)
{
    (void)arg;
    add_route("10.", 1);
    add_route("192.168.", 2);
    add_route("172.16.", 3);
    return NULL;
}

int main(void)
{
    pthread_t f1, f2, ad;
    pthread_create(&ad, NULL, admin, NULL);
    pthread_create(&f1, NULL, forwarder, "10.0.0.1");
    pthread_create(&f2, NULL, forwarder, "172.16.4.4");
    pthread_join(ad, NULL);
    pthread_join(f1, NULL);
    pthread_join(f2, NULL);
    printf("%d routes, version %ld, hits %ld\n", nroutes, version, total_hits);
    return 0;
}
