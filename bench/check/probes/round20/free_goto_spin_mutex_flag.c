/* TRUTH: race-free. main spins (goto loop in wait_ready) until ready, read under m, is 1; producer wrote data before setting ready under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int ready, data;
void *producer(void *a) {
    data = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
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
