/* Racy: the producers skip the binary 'mutex' semaphore ("empty already reserves a
   slot"), so the two producers race on 'in' (read and increment) and on buf[in]. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

#define SIZE 5
#define PER 40

static int buf[SIZE];
static int in, out;
static sem_t empty, full, mutex;
static long total[2];

static int produce(int v)
{
    usleep(50);                     /* "make" the item */
    return v;
}

static void *producer(void *arg)
{
    int base = *(int *)arg;
    for (int i = 0; i < PER; i++) {
        sem_wait(&empty);
        int slot = in;
        buf[slot] = produce(base + i);          /* BUG: no sem_wait(&mutex) */
        in = (slot + 1) % SIZE;
        sem_post(&full);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    int id = *(int *)arg;
    long s = 0;
    for (int i = 0; i < PER; i++) {
        int v;
        sem_wait(&full);
        sem_wait(&mutex);
        v = buf[out];
        out = (out + 1) % SIZE;
        sem_post(&mutex);
        sem_post(&empty);
        s += v;
    }
    total[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t p[2], c[2];
    static int pbase[2] = {0, 1000};
    static int cid[2] = {0, 1};
    sem_init(&empty, 0, SIZE);
    sem_init(&full, 0, 0);
    sem_init(&mutex, 0, 1);
    for (int i = 0; i < 2; i++) {
        pthread_create(&p[i], NULL, producer, &pbase[i]);
        pthread_create(&c[i], NULL, consumer, &cid[i]);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(p[i], NULL);
        pthread_join(c[i], NULL);
    }
    printf("%ld\n", total[0] + total[1]);
    sem_destroy(&empty);
    sem_destroy(&full);
    sem_destroy(&mutex);
    return 0;
}
