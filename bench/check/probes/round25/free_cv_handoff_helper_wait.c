/* TRUTH: race-free. The wait and the signal are in helpers, but every access to ready holds m and ready's only store (in announce, called once by producer after filling buf) is the one consumer waits for; buf is written before it and read after the wait. */
#include <pthread.h>
#include <stdio.h>

int buf[4];
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void announce(void)
{
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
}

static void await_ready(void)
{
    pthread_mutex_lock(&m);
    while (ready == 0)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
}

void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++)
        buf[i] = i * i;
    announce();
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    await_ready();
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += buf[i];
    printf("%d\n", s);
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
