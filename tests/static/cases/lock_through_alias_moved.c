// The racy twin of lock_through_alias.c: m = &r->mutex is taken while r points at C, and only
// then is r given &D, so d = &r->datum lies in D while m is C's lock. Main writes D.datum
// holding C's lock, the thread holding D's: no common lock.
#include <pthread.h>

struct s {
    int datum;
    pthread_mutex_t mutex;
};

struct s C = {0, PTHREAD_MUTEX_INITIALIZER}, D = {0, PTHREAD_MUTEX_INITIALIZER};

static void *set_d(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&D.mutex);
    D.datum = 5; // RACE
    pthread_mutex_unlock(&D.mutex);
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct s *r = &C;
    pthread_mutex_t *m = &r->mutex;
    r = &D;
    int *d = &r->datum;
    pthread_create(&t, NULL, set_d, NULL);
    pthread_mutex_lock(m);
    *d = 8; // RACE
    pthread_mutex_unlock(m);
    pthread_join(t, NULL);
    return 0;
}
