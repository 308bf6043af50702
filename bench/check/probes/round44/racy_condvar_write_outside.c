/* TRUTH: racy — producer writes payload outside the lock; its second write can run while the consumer reads payload under the lock */
#include <pthread.h>
static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int payload;
static int ready;
static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 2; i++) {
        payload = i + 10;               /* unlocked write */
        pthread_mutex_lock(&mtx);
        ready++;
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&mtx);
    }
    return NULL;
}
static void *consumer(void *arg) {
    int *out = arg;
    pthread_mutex_lock(&mtx);
    while (ready == 0) pthread_cond_wait(&cv, &mtx);
    *out = payload;                     /* may run while producer writes payload = 11 */
    pthread_mutex_unlock(&mtx);
    return NULL;
}
int main(void) {
    int got = 0;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &got);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return got;
}
