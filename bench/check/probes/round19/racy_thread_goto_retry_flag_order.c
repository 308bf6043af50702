/* TRUTH: racy. main sets ready before writing x; f, after its goto retry loop sees ready, reads x concurrently. */
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
    pthread_mutex_unlock(&m);
    int v = x;
    (void)v;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, f, 0);
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    x = 1;
    pthread_join(t, 0);
    return 0;
}
