/* TRUTH: racy. Each worker sets its thread-local pointer 'my_slot' to &slots[id % NSLOT]; with 3 workers and 2 slots, workers 0 and 2 point at slots[0] and both do the unlocked 'my_slot->count++' / 'my_slot->sum += v' concurrently (the pointer is thread-local, the slot it points to is not). */
#include <pthread.h>
#include <stdio.h>

#define NW 3
#define NSLOT 2

struct slot {
    long count;
    long sum;
};

static struct slot slots[NSLOT];
static __thread struct slot *my_slot;
static __thread int my_id;

static void record(int v)
{
    my_slot->count++;
    my_slot->sum += v;
}

static void *worker(void *arg)
{
    my_id = (int)(long)arg;
    my_slot = &slots[my_id % NSLOT];
    for (int i = 0; i < 10; i++)
        record(my_id * 100 + i);
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
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    for (int s = 0; s < NSLOT; s++)
        printf("slot %d: %ld %ld\n", s, slots[s].count, slots[s].sum);
    return 0;
}
