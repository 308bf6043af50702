/* TRUTH: free — item/full are only accessed with mtx held; condvars coordinate turns */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int item, full;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 20; i++) {
        pthread_mutex_lock(&mtx);
        while (full)
            pthread_cond_wait(&cv, &mtx);
        item = i;
        full = 1;
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&mtx);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    long sum = 0;
    (void)arg;
    for (int i = 1; i <= 20; i++) {
        pthread_mutex_lock(&mtx);
        while (!full)
            pthread_cond_wait(&cv, &mtx);
        sum += item;
        full = 0;
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&mtx);
    }
    printf("sum=%ld\n", sum);
    return NULL;
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
