// A pointer returned by a function that only returns a null pointer or the address of an
// element of one global array of locks (memcached's item_trylock) names some element of
// that array: unlocking it through a void * wrapper releases that element, not 'big'. The
// element's own lock protects nothing that two elements may share.
#include <pthread.h>

static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t item_locks[16];
static int counter, shared;

void *item_trylock(unsigned hv)
{
    pthread_mutex_t *l = &item_locks[hv & 15];
    if (pthread_mutex_trylock(l) == 0)
        return l;
    return 0;
}

void item_trylock_unlock(void *lock) { pthread_mutex_unlock((pthread_mutex_t *)lock); }

static void *worker(void *arg)
{
    pthread_mutex_lock(&big);
    void *h = NULL;
    if ((h = item_trylock((unsigned)(long)arg)) == NULL)
        h = NULL;
    if (h) {
        shared++; // RACE (possible): two threads may hold two elements
        item_trylock_unlock(h);
    }
    counter++; // NORACE: still under 'big'
    pthread_mutex_unlock(&big);
    void *g = item_trylock((unsigned)(long)arg + 1);
    if (g) {
        shared++; // RACE (possible)
        item_trylock_unlock(g);
    }
    return 0;
}

int main(void)
{
    for (int i = 0; i < 16; i++)
        pthread_mutex_init(&item_locks[i], NULL);
    pthread_t a, b;
    pthread_create(&a, 0, worker, (void *)1);
    pthread_create(&b, 0, worker, (void *)2);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter + shared;
}
