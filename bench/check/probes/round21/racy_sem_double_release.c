/* TRUTH: racy. 'slot' is a binary semaphore (initial 1) used as a lock, but on the bad-record path reconcile() posts it and then falls through to the final sem_post too, raising the count to 2; afterwards two threads can both be inside the critical section and execute 'ledger.total += r->amount' / 'ledger.count++' concurrently. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

#define NREC 8

struct record {
    int id;
    long amount;
};

struct ledger {
    long total;
    long count;
};

static sem_t slot;
static struct ledger ledger;
static struct record records[NREC] = {
    { 1, 10 }, { 2, -1 }, { 3, 30 }, { 4, 40 }, { 5, -7 }, { 6, 60 }, { 7, 70 }, { 8, 80 },
};

static void reconcile(const struct record *r)
{
    sem_wait(&slot);
    if (r->amount < 0) {
        fprintf(stderr, "record %d rejected\n", r->id);
        sem_post(&slot);
        /* BUG: missing 'return' */
    } else {
        ledger.total += r->amount;
        ledger.count++;
    }
    sem_post(&slot);
}

static void *clerk(void *arg)
{
    int start = (int)(long)arg;
    for (int i = 0; i < NREC; i++)
        reconcile(&records[(start + i) % NREC]);
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
    pthread_t c1, c2;
    if (sem_init(&slot, 0, 1) != 0)
        return 1;
    pthread_create(&c1, NULL, clerk, (void *)0L);
    pthread_create(&c2, NULL, clerk, (void *)4L);
    pthread_join(c1, NULL);
    pthread_join(c2, NULL);
    printf("total %ld over %ld\n", ledger.total, ledger.count);
    sem_destroy(&slot);
    return 0;
}
