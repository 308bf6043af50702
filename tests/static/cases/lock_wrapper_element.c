// A lock wrapper handed &locks[i] for a variable i takes some element of locks, which one
// not known: it protects nothing, as lock(&locks[i]) itself does. Handed the same constant
// element by every caller, it is that lock.
#include <pthread.h>

static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long total, fixed, deposits;

static void bucket_lock(pthread_mutex_t *m)
{
    pthread_mutex_lock(m);
}

static void bucket_unlock(pthread_mutex_t *m)
{
    pthread_mutex_unlock(m);
}

static void deposit(long i)
{
    bucket_lock(&locks[i]);
    deposits++; // RACE (possible): deposit(0) and deposit(1) take two locks
    bucket_unlock(&locks[i]);
}

static void *worker(void *arg)
{
    long id = (long)arg;
    bucket_lock(&locks[id % 2]);
    total++; // RACE (possible): thread 0 holds locks[0], thread 1 locks[1]
    bucket_unlock(&locks[id % 2]);
    deposit(id);
    bucket_lock(&locks[0]);
    fixed++; // NORACE: locks[0] for both
    bucket_unlock(&locks[0]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
