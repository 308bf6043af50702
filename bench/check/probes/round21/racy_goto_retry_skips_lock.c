/* TRUTH: racy. In store_value(), the retry path 'goto write_slot' jumps past pthread_mutex_lock into the critical section, so 'cache.slots[cache.used] = v' / 'cache.used++' can run without cache.lock while the other thread holds the lock and updates cache.used. (The retry path then skips the unlock too, since 'locked' is 0.) */
#include <pthread.h>
#include <stdio.h>

#define NSLOTS 16

struct cache {
    pthread_mutex_t lock;
    int used;
    int slots[NSLOTS];
    long evictions;
};

static struct cache cache = { PTHREAD_MUTEX_INITIALIZER, 0, {0}, 0 };

static int store_value(int v, int retry)
{
    int locked = 0;
    if (retry)
        goto write_slot;            /* "we already hold it on retry" -- we don't */
    pthread_mutex_lock(&cache.lock);
    locked = 1;
write_slot:
    if (cache.used == NSLOTS) {
        cache.used = 0;
        cache.evictions++;
    }
    cache.slots[cache.used] = v;
    cache.used++;
    if (locked)
        pthread_mutex_unlock(&cache.lock);
    return 0;
}

static void *filler(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 40; i++)
        store_value(base + i, i % 10 == 9);
    return NULL;
}


/* ---- build/banner helpers (single-threaded, called from main) ---- */
struct build_info {
    const char *key;
    const char *value;
};

static void print_banner(const char *prog)
{
    static const struct build_info info[] = {
        { "version", "1.4.2" },
        { "threads", "pthread" },
        { "checks", "on" },
    };
    const char *base = prog;
    for (const char *p = prog; *p; p++)
        if (*p == '/')
            base = p + 1;
    printf("%s", base);
    for (unsigned i = 0; i < sizeof info / sizeof info[0]; i++) {
        if (info[i].value == NULL || info[i].value[0] == '\0')
            continue;
        printf(" %s=%s", info[i].key, info[i].value);
    }
    printf("\n");
}
int main(void)
{
    print_banner(__FILE__);
    pthread_t a, b;
    pthread_create(&a, NULL, filler, (void *)0L);
    pthread_create(&b, NULL, filler, (void *)1000L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("used %d evictions %ld\n", cache.used, cache.evictions);
    return 0;
}
