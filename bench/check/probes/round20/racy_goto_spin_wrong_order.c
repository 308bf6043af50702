/* TRUTH: racy. producer sets ready (under m) before writing data, so main's data = 7 after the goto spin races with data = 42. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int ready, data;
void *producer(void *a) {
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    data = 42;
    return a;
}
static void wait_ready(void) {
    int r;
again:
    pthread_mutex_lock(&m);
    r = ready;
    pthread_mutex_unlock(&m);
    if (!r)
        goto again;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, producer, 0);
    wait_ready();
    data = 7;
    pthread_join(t, 0);
    return 0;
}
