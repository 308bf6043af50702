/* TRUTH: racy. Producers write buf[in] and in = (in + 1) % N without mtx; with two producers and N = 4 empty slots both pass sem_wait(&empty) and update 'in' concurrently (write/write). */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

#define N 4
#define ITEMS 500

static int buf[N];
static int in, out;
static sem_t empty, full;
static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t tot_lock = PTHREAD_MUTEX_INITIALIZER;
static long consumed_total;

static void *producer(void *arg)
{
    long base = (long)arg;
    for (int i = 0; i < ITEMS; i++) {
        sem_wait(&empty);
        buf[in] = (int)(base + i); /* "the semaphore already reserved a slot" */
        in = (in + 1) % N;
        sem_post(&full);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    long local = 0;
    for (int i = 0; i < ITEMS; i++) {
        sem_wait(&full);
        pthread_mutex_lock(&mtx);
        int v = buf[out];
        out = (out + 1) % N;
        pthread_mutex_unlock(&mtx);
        sem_post(&empty);
        local += v;
    }
    pthread_mutex_lock(&tot_lock);
    consumed_total += local;
    pthread_mutex_unlock(&tot_lock);
    return NULL;
}

int main(void)
{
    pthread_t p1, p2, c1, c2;
    sem_init(&empty, 0, N);
    sem_init(&full, 0, 0);
    pthread_create(&p1, NULL, producer, (void *)0L);
    pthread_create(&p2, NULL, producer, (void *)10000L);
    pthread_create(&c1, NULL, consumer, NULL);
    pthread_create(&c2, NULL, consumer, NULL);
    pthread_join(p1, NULL);
    pthread_join(p2, NULL);
    pthread_join(c1, NULL);
    pthread_join(c2, NULL);
    printf("%ld\n", consumed_total);
    sem_destroy(&empty);
    sem_destroy(&full);
    return 0;
}
