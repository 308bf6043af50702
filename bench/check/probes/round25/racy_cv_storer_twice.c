/* TRUTH: racy. producer runs twice; each writes data under dm and then sets ready under m. consumer leaves its wait after the first producer's store and reads data without dm while the second producer may be writing data = 2: unordered conflicting accesses. */
#include <pthread.h>
#include <stdio.h>

int data;
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t dm = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *producer(void *arg)
{
    pthread_mutex_lock(&dm);
    data = (int)(long)arg;
    pthread_mutex_unlock(&dm);
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t c, p1, p2;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p1, NULL, producer, (void *)1);
    pthread_create(&p2, NULL, producer, (void *)2);
    pthread_join(c, NULL);
    pthread_join(p1, NULL);
    pthread_join(p2, NULL);
    return 0;
}
