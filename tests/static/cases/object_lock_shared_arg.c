// A thread started once, given an object main allocated once, takes the mutex in that object;
// so do two other threads given the same object: all three hold one lock around its count.
// (A thread whose each instance gets an object of its own takes a different mutex in each,
// which guards nothing the instances share: the total the per-round threads add to under
// their own round's lock races.)
#include <pthread.h>
#include <stdlib.h>

struct counter {
    int count;
    pthread_mutex_t mutex;
};

static int total;

static void *add(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    c->count++; // NORACE
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}

static void *add_twice(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_t *m = &c->mutex;
    pthread_mutex_lock(m);
    c->count += 2; // NORACE
    pthread_mutex_unlock(m);
    return NULL;
}

static void *round_add(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    total++; // RACE
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}

int main(void)
{
    struct counter *shared = malloc(sizeof *shared);
    if (shared == NULL)
        return 1;
    shared->count = 0;
    pthread_mutex_init(&shared->mutex, NULL);
    pthread_t a, b, c, r[3];
    pthread_create(&a, NULL, add, shared);
    pthread_create(&b, NULL, add_twice, shared);
    pthread_create(&c, NULL, add_twice, shared);
    for (int i = 0; i < 3; i++) {
        struct counter *own = malloc(sizeof *own);
        if (own == NULL)
            return 1;
        pthread_mutex_init(&own->mutex, NULL);
        pthread_create(&r[i], NULL, round_add, own);
    }
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(r[i], NULL);
    return shared->count;
}
