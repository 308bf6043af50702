/* FREE: producer writes `payload` before setting `ready` under the lock; consumer
   reads `payload` after observing `ready` under the same lock. */
#include <pthread.h>
#include <stdio.h>
static int ready;
static int payload;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *producer(void *a) {
    (void)a;
    payload = 77;
    pthread_mutex_lock(&mu);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}
static void *consumer(void *a) {
    (void)a;
    pthread_mutex_lock(&mu);
    while (!ready) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    printf("%d\n", payload);
    return NULL;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
