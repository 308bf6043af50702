/* TRUTH: racy. spin_lock() never resets 'expected' to 0 after a failed __atomic_compare_exchange_n (which stores the current value 1 into it); the next attempt then compares against 1 and "succeeds" while the other thread holds the lock, so both threads can be inside the critical section executing 'stats.count++' / 'stats.max = v' concurrently. */
#include <pthread.h>
#include <stdio.h>

struct stats {
    long count;
    int max;
};

static int lockword;
static struct stats stats;

static void spin_lock(int *l)
{
    int expected = 0;
    while (!__atomic_compare_exchange_n(l, &expected, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        ;   /* BUG: expected is now 1 */
}

static void spin_unlock(int *l)
{
    __atomic_store_n(l, 0, __ATOMIC_RELEASE);
}

static void *sampler(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        int v = (base + i * 7) % 1000;
        spin_lock(&lockword);
        stats.count++;
        if (v > stats.max)
            stats.max = v;
        spin_unlock(&lockword);
    }
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
    pthread_create(&a, NULL, sampler, (void *)1L);
    pthread_create(&b, NULL, sampler, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld samples, max %d\n", stats.count, stats.max);
    return 0;
}
