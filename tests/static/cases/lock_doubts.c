// Locks that may not be held, or may not be one lock: a trylock or timedlock whose result no
// condition tests may have failed, and the mutex a pointer field points at (c->lock) may be
// another object's (c1.lock = &m1, c2.lock = &m2). Neither protects.
#include <pthread.h>

struct ctx {
    pthread_mutex_t *lock;
};

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
struct ctx c1 = {&m1}, c2 = {&m2};
int stock, tested, count;

static void *trier(void *arg)
{
    (void)arg;
    int r = pthread_mutex_trylock(&m);
    stock++; // RACE (definite): the trylock may have failed
    if (r == 0)
        pthread_mutex_unlock(&m);
    if (pthread_mutex_trylock(&m) == 0) {
        tested++; // NORACE: only where the trylock succeeded
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *counter(void *arg)
{
    struct ctx *c = arg;
    pthread_mutex_lock(c->lock);
    count++; // RACE (possible): m1 in one thread, m2 in the other
    pthread_mutex_unlock(c->lock);
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], NULL, trier, NULL);
    pthread_create(&t[1], NULL, trier, NULL);
    pthread_create(&t[2], NULL, counter, &c1);
    pthread_create(&t[3], NULL, counter, &c2);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return 0;
}
