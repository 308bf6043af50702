/* TRUTH: racy — producer sets ready and signals under the mutex but writes result AFTER unlocking; the consumer reads result after its wait, so producer's write and consumer's read of result are unordered. */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t sig = PTHREAD_COND_INITIALIZER;
int ready = 0;
int result = 0;

void *producer(void *arg)
{
    pthread_mutex_lock(&lk);
    ready = 1;
    pthread_cond_signal(&sig);
    pthread_mutex_unlock(&lk);
    result = 31;
    return arg;
}

void *consumer(void *arg)
{
    pthread_mutex_lock(&lk);
    while (ready == 0)
        pthread_cond_wait(&sig, &lk);
    pthread_mutex_unlock(&lk);
    printf("%d\n", result);
    return arg;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
