// A global struct holding an array of counters and an array of mutexes, one per counter: a
// thread bumping hits[j] under slots_mutex[j] holds the lock of that element (the star of
// c.slots_mutex, not of c); an element touched without it races.
#include <pthread.h>

struct cache {
    int misses[8];
    pthread_mutex_t slots_mutex[8];
    int hits[8];
};
static struct cache c;

static void *walker(void *arg)
{
    (void)arg;
    for (int j = 0; j < 8; j++) {
        pthread_mutex_lock(&c.slots_mutex[j]);
        c.hits[j]++;    // NORACE
        pthread_mutex_unlock(&c.slots_mutex[j]);
        c.misses[j]++; // RACE
    }
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    for (int i = 0; i < 8; i++)
        pthread_mutex_init(&c.slots_mutex[i], NULL);
    pthread_create(&t1, NULL, walker, NULL);
    pthread_create(&t2, NULL, walker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
