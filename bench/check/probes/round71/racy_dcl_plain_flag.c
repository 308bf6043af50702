/* TRUTH: racy — registry_ready is a plain int read outside the mutex on the fast path and written inside it */
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
static int registry_ready;
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
    if (registry_ready)
        return the_registry;
    pthread_mutex_lock(&init_mu);
    if (!registry_ready) {
        the_registry = build_registry();
        init_calls++;
        registry_ready = 1;
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
