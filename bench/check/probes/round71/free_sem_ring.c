/* TRUTH: free — in_pos under in_mu among producers; out_pos only the single consumer; a ring slot is written only after sem_wait(empty) that follows the consumer's sem_post(empty) after reading it, and read after sem_wait(full) following the producer's post */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

#define SLOTS 4
#define NPROD 2
#define PER 25

static int ring[SLOTS];
static int in_pos, out_pos;
static sem_t empty_slots, full_slots;
static pthread_mutex_t in_mu = PTHREAD_MUTEX_INITIALIZER;
static long consumed_sum;

static void *producer(void *arg)
{
    int base = (int)(long)arg * 1000;
    int i;
    for (i = 0; i < PER; i++) {
        sem_wait(&empty_slots);
        pthread_mutex_lock(&in_mu);
        ring[in_pos] = base + i;
        in_pos = (in_pos + 1) % SLOTS;
        pthread_mutex_unlock(&in_mu);
        sem_post(&full_slots);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    int i;
    long s = 0;
    (void)arg;
    for (i = 0; i < NPROD * PER; i++) {
        sem_wait(&full_slots);
        s += ring[out_pos];
        out_pos = (out_pos + 1) % SLOTS;
        sem_post(&empty_slots);
    }
    consumed_sum = s;
    return NULL;
}

int main(void)
{
    pthread_t p[NPROD], c;
    long i;
    sem_init(&empty_slots, 0, SLOTS);
    sem_init(&full_slots, 0, 0);
    pthread_create(&c, NULL, consumer, NULL);
    for (i = 0; i < NPROD; i++)
        pthread_create(&p[i], NULL, producer, (void *)i);
    for (i = 0; i < NPROD; i++)
        pthread_join(p[i], NULL);
    pthread_join(c, NULL);
    printf("%ld\n", consumed_sum);
    return 0;
}
