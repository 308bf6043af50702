/* TRUTH: race-free. Worker i is handed &ids[i] where ids[i] == i (set before the create loop and never changed), so each worker writes only stat[i].count/min/max of its own slot; the input array is read-only while workers run; main reads stat[] only after joining all workers. */
#include <pthread.h>
#include <stdio.h>
#include <limits.h>

#define NW 4
#define LEN 400

struct stat_slot {
    long count;
    int min, max;
};

static int ids[NW];
static struct stat_slot stat[NW];
static int input[LEN];

static void *worker(void *arg)
{
    int id = *(const int *)arg;
    int lo = INT_MAX, hi = INT_MIN;
    long n = 0;

    for (int i = 0; i < LEN; i++) {
        if (input[i] % NW != id)
            continue;
        if (input[i] < lo)
            lo = input[i];
        if (input[i] > hi)
            hi = input[i];
        n++;
    }
    stat[id].count = n;
    stat[id].min = lo;
    stat[id].max = hi;
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
    pthread_t t[NW];
    int i;
    for (i = 0; i < LEN; i++)
        input[i] = (i * 37 + 11) % 1000;
    for (i = 0; i < NW; i++)
        ids[i] = i;
    for (i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < NW; i++)
        printf("%d: %ld [%d, %d]\n", i, stat[i].count, stat[i].min, stat[i].max);
    return 0;
}
