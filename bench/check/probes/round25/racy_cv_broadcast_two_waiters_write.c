/* TRUTH: racy. The hand-off orders producer's data = 1 before both waiters, but waiter_a's data++ and waiter_b's data += 2 (after their waits, outside the mutex) are unordered with each other. */
#include <pthread.h>
#include <stdio.h>

int data;
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *producer(void *arg)
{
    (void)arg;
    data = 1;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *waiter_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    data++;
    return NULL;
}

void *waiter_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (ready == 0)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    data += 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b, p;
    pthread_create(&a, NULL, waiter_a, NULL);
    pthread_create(&b, NULL, waiter_b, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(p, NULL);
    printf("%d\n", data);
    return 0;
}
