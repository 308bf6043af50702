/* TRUTH: race-free. trylock on a normal mutex returns 0 or EBUSY; x++ runs only after it returned 0; main locks too. */
#include <pthread.h>
#include <errno.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) {
    int rc;
retry:
    rc = pthread_mutex_trylock(&m);
    if (rc == EBUSY)
        goto retry;
    x++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, f, 0);
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
