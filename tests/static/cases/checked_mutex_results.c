// An error-checking (or recursive, or robust) mutex's lock and unlock may fail on every run:
// unlocked by a thread that does not hold it, it returns EPERM. A test of such a call's
// result does not say which way the run goes, so what follows it is not certain: here the
// worker never gets past must(), and the pair is only possible.
#include <pthread.h>

static pthread_mutex_t em;
static int shared;

static void must(int rc)
{
    if (rc != 0)
        pthread_exit(0);
}

static void *worker(void *arg)
{
    (void)arg;
    must(pthread_mutex_unlock(&em)); /* not held: EPERM */
    shared = 1; // RACE (possible): never reached, as must() ends the worker
    return 0;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&em, &a);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    shared = 2;
    pthread_join(t, 0);
    return shared;
}
