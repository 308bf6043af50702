/* Racy: get() copies the item out of buf[idx] after releasing the mutex, so a producer
   that refills that slot (count < SIZE again) writes buf[idx] concurrently. */
#include <pthread.h>
#include <stdio.h>

#define SIZE 4
#define ITEMS 50

static int buf[SIZE];
static int in, out, count;
static long consumed_sum;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;

static void put(int v)
{
    pthread_mutex_lock(&m);
    while (count == SIZE)
        pthread_cond_wait(&not_full, &m);
    buf[in] = v;
    in = (in + 1) % SIZE;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&m);
}

static int get(void)
{
    int idx;
    pthread_mutex_lock(&m);
    while (count == 0)
        pthread_cond_wait(&not_empty, &m);
    idx = out;
    out = (out + 1) % SIZE;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&m);
    return buf[idx]; /* BUG: slot already handed back to the producer */
}

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= ITEMS; i++)
        put(i);
    return NULL;
}

static void *consumer(void *arg)
{
    long local = 0;
    (void)arg;
    for (int i = 0; i < ITEMS; i++)
        local += get();
    pthread_mutex_lock(&m);
    consumed_sum += local;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("sum=%ld\n", consumed_sum);
    return 0;
}
