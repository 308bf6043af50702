/* TRUTH: racy. f takes m by a trylock goto-retry loop, but main writes x without the lock while f runs. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) {
retry:
    if (pthread_mutex_trylock(&m) != 0)
        goto retry;
    x++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, f, 0);
    x = 5;
    pthread_join(t, 0);
    return 0;
}
