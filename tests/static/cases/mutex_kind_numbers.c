// A mutex kind given as glibc numbers it (settype(&a, 2): error-checking) or as a value not
// known is one whose calls may fail on every run, as a named one is: the worker's test of
// an unlock of a mutex it does not hold (EPERM) decides nothing sure, and what follows it
// is only possible. A robust mutex's untested lock may fail (ENOTRECOVERABLE once its owner
// died without pthread_mutex_consistent): it protects nothing.
#include <pthread.h>

static pthread_mutex_t em, rm;
static int shared, counted;

static void *worker(void *arg)
{
    (void)arg;
    if (pthread_mutex_unlock(&em) != 0) /* not held: EPERM */
        return 0;
    shared = 1; // RACE (possible): never reached
    pthread_mutex_lock(&rm);
    counted++; // RACE (possible): the lock may have failed
    pthread_mutex_unlock(&rm);
    return 0;
}

int main(void)
{
    pthread_mutexattr_t a, r;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, 2);
    pthread_mutex_init(&em, &a);
    pthread_mutexattr_init(&r);
    pthread_mutexattr_setrobust(&r, 1);
    pthread_mutex_init(&rm, &r);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    shared = 2;
    pthread_mutex_lock(&rm);
    counted++;
    pthread_mutex_unlock(&rm);
    pthread_join(t, 0);
    return shared + counted;
}
