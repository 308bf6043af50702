// A lock wrapper that may lock another mutex than the one it was given (m = &big on some
// path) does not hold its argument's lock; one that never changes its parameter does.
#include <pthread.h>

struct counter {
    pthread_mutex_t lock;
    long n;
};
static struct counter c1 = {PTHREAD_MUTEX_INITIALIZER, 0}, c2 = {PTHREAD_MUTEX_INITIALIZER, 0};
static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER;
static volatile int coarse;

static void take(pthread_mutex_t *m)
{
    if (coarse)
        m = &big;
    pthread_mutex_lock(m);
}
static void give(pthread_mutex_t *m)
{
    if (coarse)
        m = &big;
    pthread_mutex_unlock(m);
}
static void hold(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void drop(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *worker(void *a)
{
    (void)a;
    take(&c1.lock);
    c1.n++; // RACE
    give(&c1.lock);
    hold(&c2.lock);
    c2.n++; // NORACE
    drop(&c2.lock);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return (int)(c1.n + c2.n);
}
