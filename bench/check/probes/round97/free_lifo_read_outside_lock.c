/* FREE (subtle): the consumer reads queue[n-1] outside the lock, but the producer only
   writes indices >= queue_len >= n until the consumer itself decrements under the lock. */
#include <pthread.h>
#include <stdio.h>
static int queue[128];
static int queue_len;
static int finished;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *producer(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&mu);
        queue[queue_len] = i;
        queue_len++;
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&mu);
    }
    pthread_mutex_lock(&mu);
    finished = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}
static void *consumer(void *a) {
    long *sum = a;
    for (;;) {
        pthread_mutex_lock(&mu);
        while (queue_len == 0 && !finished) pthread_cond_wait(&cv, &mu);
        int n = queue_len;
        pthread_mutex_unlock(&mu);
        if (n == 0) break;
        *sum += queue[n - 1];          /* read outside the lock */
        pthread_mutex_lock(&mu);
        queue_len--;
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}
int main(void) {
    pthread_t p, c;
    long sum = 0;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
