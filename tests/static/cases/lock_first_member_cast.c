// A pointer to a struct converted to a pointer to its first member's type points at that
// member (C11 6.7.2.1p15): (pthread_mutex_t *)&stats is &stats.lock, and
// (pthread_mutex_t *)&locks is &locks[0]; the same mutex as named directly.
#include <pthread.h>

struct guarded {
    pthread_mutex_t lock;
    long value;
};
static struct guarded stats = {PTHREAD_MUTEX_INITIALIZER, 0};
static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long total, other;
struct anon {
    union {
        pthread_mutex_t mu;
        long pad;
    };
    long hits;
};
static struct anon an = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void *by_cast(void *a)
{
    (void)a;
    pthread_mutex_lock((pthread_mutex_t *)&stats);
    stats.value += 10; // NORACE: the same mutex as stats.lock
    pthread_mutex_unlock((pthread_mutex_t *)&stats);
    pthread_mutex_lock((pthread_mutex_t *)&locks);
    total++; // NORACE: locks[0]
    pthread_mutex_unlock((pthread_mutex_t *)&locks);
    pthread_mutex_lock((pthread_mutex_t *)&an);
    an.hits++; // NORACE: an.mu, in an anonymous union
    pthread_mutex_unlock((pthread_mutex_t *)&an);
    pthread_mutex_lock(&locks[1]);
    other++; // RACE: locks[1] here, locks[0] in by_name
    pthread_mutex_unlock(&locks[1]);
    return NULL;
}

static void *by_name(void *a)
{
    (void)a;
    pthread_mutex_lock(&stats.lock);
    stats.value *= 2;
    pthread_mutex_unlock(&stats.lock);
    pthread_mutex_lock(&an.mu);
    an.hits++;
    pthread_mutex_unlock(&an.mu);
    pthread_mutex_lock(&locks[0]);
    total++;
    other++;
    pthread_mutex_unlock(&locks[0]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, by_cast, NULL);
    pthread_create(&b, NULL, by_name, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
