/* TRUTH: race-free. f retries (goto) until ready under m, then increments x still holding m; main writes x under m. */
#include <pthread.h>
int x, ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) {
retry:
    pthread_mutex_lock(&m);
    if (!ready) {
        pthread_mutex_unlock(&m);
        goto retry;
    }
    x++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    pthread_mutex_lock(&m);
    ready = 1;
    x = 10;
    pthread_mutex_unlock(&m);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
