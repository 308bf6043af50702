/* TRUTH: racy — the consumer polls `count` without the mutex while the producer writes it under the mutex */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static int buf[64];
static int count;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 64; i++) {
        pthread_mutex_lock(&mtx);
        buf[count] = i;
        count++;
        pthread_mutex_unlock(&mtx);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (count < 64)      /* unlocked read */
        sched_yield();
    pthread_mutex_lock(&mtx);
    printf("last=%d\n", buf[63]);
    pthread_mutex_unlock(&mtx);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
