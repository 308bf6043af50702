/* TRUTH: racy — pthread_mutex_trylock's result is ignored, so the thread touches queue_len even when it did not get the lock */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int queue_len;
static void *poller(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_trylock(&m);
        queue_len++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, poller, NULL);
    pthread_create(&t2, NULL, poller, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return queue_len;
}
