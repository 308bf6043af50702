// An unlock in a function called through a pointer, of the mutex it is given: the lock is
// released there whatever the analysis can tell of the argument. Locking through the same
// shape still protects.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, n = PTHREAD_MUTEX_INITIALIZER;
static int cnt, safe;

static void rel(pthread_mutex_t *l) { pthread_mutex_unlock(l); }
static void acq(pthread_mutex_t *l) { pthread_mutex_lock(l); }
static void (*relp)(pthread_mutex_t *) = rel;
static void (*acqp)(pthread_mutex_t *) = acq;

static void *t(void *x)
{
    (void)x;
    pthread_mutex_lock(&m);
    relp(&m);
    cnt++; // RACE (definite): m was released through relp
    pthread_mutex_lock(&n);
    safe++; // NORACE: n held
    pthread_mutex_unlock(&n);
    acqp(&n);
    pthread_mutex_unlock(&n);
    return NULL;
}

int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, t, NULL);
    pthread_create(&q, NULL, t, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return cnt + safe;
}
