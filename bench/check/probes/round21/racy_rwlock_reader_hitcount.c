/* TRUTH: racy. lookup() holds route_lock only in READ mode, yet it writes routes[i].hits++ and lookups++; two lookup threads hold the read lock at the same time, so their increments of lookups (and of a shared route's hits) race. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NROUTES 4

struct route {
    char prefix[16];
    int iface;
    long hits;
};

static pthread_rwlock_t route_lock = PTHREAD_RWLOCK_INITIALIZER;
static struct route routes[NROUTES] = {
    { "10.", 1, 0 }, { "192.168.", 2, 0 }, { "172.16.", 3, 0 }, { "", 0, 0 },
};
static long lookups;

static int lookup(const char *addr)
{
    int iface = -1;
    pthread_rwlock_rdlock(&route_lock);
    lookups++;
    for (int i = 0; i < NROUTES; i++) {
        size_t n = strlen(routes[i].prefix);
        if (strncmp(addr, routes[i].prefix, n) == 0) {
            routes[i].hits++;
            iface = routes[i].iface;
            break;
        }
    }
    pthread_rwlock_unlock(&route_lock);
    return iface;
}

static void add_route(int i, const char *pfx, int iface)
{
    pthread_rwlock_wrlock(&route_lock);
    strncpy(routes[i].prefix, pfx, sizeof routes[i].prefix - 1);
    routes[i].iface = iface;
    pthread_rwlock_unlock(&route_lock);
}

static void *forwarder(void *arg)
{
    const char *addr = arg;
    int sum = 0;
    for (int k = 0; k < 10; k++)
        sum += lookup(addr);
    return (void *)(long)sum;
}

int main(void)
{
    pthread_t a, b;
    add_route(3, "0.", 9);
    pthread_create(&a, NULL, forwarder, "10.1.2.3");
    pthread_create(&b, NULL, forwarder, "192.168.0.1");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld lookups\n", lookups);
    return 0;
}
