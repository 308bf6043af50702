// A fresh allocation made for each run of a create is that thread's own, however often the
// create runs: in a loop that allocates each iteration, or in a launch() wrapper called
// several times. One allocation handed to several threads is shared.
// INCOMPLETE: launch() is a start trampoline, followed but not proved (start_trampoline.c)
#include <pthread.h>
#include <stdlib.h>

struct job {
    int done;
    int (*step)(int);
};

struct tally {
    int done;
};

struct capsule {
    void *(*probe)(void *);
    void *payload;
};

static int twice(int v)
{
    return 2 * v;
}

static void *work(void *arg)
{
    struct job *j = arg;
    j->done = j->step(j->done); // NORACE: each thread has its own job
    free(j);                    // NORACE
    return NULL;
}

static void *shared_work(void *arg)
{
    struct job *j = arg;
    j->done++; // RACE: one job for every thread
    return NULL;
}

static void *pair_work(void *arg)
{
    struct job *j = arg;
    j->done++; // RACE: both threads of start_pair get the same job
    return NULL;
}

static void *kept_work(void *arg)
{
    struct tally *j = arg;
    j->done++; // RACE: start_kept's static pointer hands every call the same job
    return NULL;
}

static void start_pair(pthread_t *a, pthread_t *b)
{
    struct job *j = malloc(sizeof(*j));
    j->done = 0;
    pthread_create(a, NULL, pair_work, j);
    pthread_create(b, NULL, pair_work, j);
}

static pthread_t start_kept(void)
{
    static struct tally *j;
    if (!j)
        j = malloc(sizeof(*j));
    pthread_t t;
    pthread_create(&t, NULL, kept_work, j);
    return t;
}

static void *noop(void *arg)
{
    return arg;
}

static void *ignition(void *arg)
{
    struct capsule *c = arg;
    void *(*probe)(void *) = c->probe; // NORACE: a capsule per launch
    void *payload = c->payload;        // NORACE
    free(c);                           // NORACE
    return probe(payload);
}

static pthread_t launch(void *(*probe)(void *), void *payload)
{
    struct capsule *c = malloc(sizeof(*c));
    c->probe = probe;
    c->payload = payload;
    pthread_t t;
    pthread_create(&t, NULL, ignition, c);
    return t;
}

static pthread_t start(void)
{
    struct job *j = malloc(sizeof(*j));
    j->done = 1;
    j->step = twice;
    pthread_t t;
    pthread_create(&t, NULL, work, j);
    return t;
}

int main(void)
{
    pthread_t t[4], u[2], s[2], l[2], p[2], k[2];
    for (int i = 0; i < 4; i++) {
        struct job *j = malloc(sizeof(*j));
        j->done = i;
        j->step = twice;
        pthread_create(&t[i], NULL, work, j);
    }
    struct job *one = malloc(sizeof(*one));
    one->done = 0;
    for (int i = 0; i < 2; i++)
        pthread_create(&u[i], NULL, shared_work, one);
    s[0] = start();
    s[1] = start();
    start_pair(&p[0], &p[1]);
    k[0] = start_kept();
    k[1] = start_kept();
    l[0] = launch(noop, NULL);
    l[1] = launch(noop, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 2; i++) {
        pthread_join(u[i], NULL);
        pthread_join(s[i], NULL);
        pthread_join(l[i], NULL);
        pthread_join(p[i], NULL);
        pthread_join(k[i], NULL);
    }
    free(one);
    return 0;
}
