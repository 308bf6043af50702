/* TRUTH: free. The object's lock is a one-element array; o->lk and &o->lk[0] name the same mutex, which guards every access to o->hits. */
#include <pthread.h>

typedef struct {
    pthread_mutex_t lk[1];
    long hits;
    long misses;
} stats_t;

static stats_t st = { { PTHREAD_MUTEX_INITIALIZER }, 0, 0 };

static void record_hit(stats_t *o)
{
    pthread_mutex_lock(o->lk);
    o->hits++;
    pthread_mutex_unlock(o->lk);
}

static void record_miss(stats_t *o)
{
    pthread_mutex_lock(&o->lk[0]);
    o->misses++;
    o->hits--;
    pthread_mutex_unlock(&o->lk[0]);
}

static void *hitter(void *arg)
{
    for (int i = 0; i < 100; i++)
        record_hit(arg);
    return NULL;
}

static void *misser(void *arg)
{
    for (int i = 0; i < 100; i++)
        record_miss(arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, hitter, &st);
    pthread_create(&b, NULL, misser, &st);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return st.hits + st.misses != 100;
}
