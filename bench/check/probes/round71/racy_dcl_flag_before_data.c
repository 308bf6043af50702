/* TRUTH: racy — the slow path publishes registry_ready (release) before storing the_registry; a fast-path reader may read the_registry concurrently with that store */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NTHREADS 4

struct registry {
    int nentries;
    char *entries[16];
    int checksum;
};

static struct registry *the_registry;
static atomic_int registry_ready;
static pthread_mutex_t init_mu = PTHREAD_MUTEX_INITIALIZER;
static int init_calls;

static struct registry *build_registry(void)
{
    struct registry *r = calloc(1, sizeof *r);
    int i;
    if (!r)
        abort();
    for (i = 0; i < 4; i++) {
        r->entries[i] = strdup(i % 2 ? "odd" : "even");
        r->checksum += i;
    }
    r->nentries = 4;
    return r;
}

static struct registry *get_registry(void)
{
    if (atomic_load_explicit(&registry_ready, memory_order_acquire))
        return the_registry;
    pthread_mutex_lock(&init_mu);
    if (!atomic_load_explicit(&registry_ready, memory_order_relaxed)) {
        struct registry *nr = build_registry();
        atomic_store_explicit(&registry_ready, 1, memory_order_release);
        the_registry = nr;
        init_calls++;
    }
    pthread_mutex_unlock(&init_mu);
    return the_registry;
}

static void *user(void *arg)
{
    struct registry *r = get_registry();
    long id = (long)arg;
    int i, n = 0;
    for (i = 0; i < r->nentries; i++)
        n += (int)strlen(r->entries[i]);
    if (r->checksum != 6)
        fprintf(stderr, "thread %ld: bad checksum\n", id);
    return (void *)(long)n;
}

int main(void)
{
    pthread_t th[NTHREADS];
    long i;
    for (i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, user, (void *)i);
    for (i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    printf("init_calls=%d\n", init_calls);
    return 0;
}
