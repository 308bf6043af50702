/* TRUTH: free. bounded ring buffer: every access to ring/head/tail/count is under mtx; condvars only wait. */
#include <pthread.h>
#include <stdio.h>
#define CAP 4
#define ITEMS 10
static int ring[CAP];
static int head, tail, count;
static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static long consumed_sum;

static void *producer(void *p)
{
    (void)p;
    for (int i = 0; i < ITEMS; i++) {
        pthread_mutex_lock(&mtx);
        while (count == CAP)
            pthread_cond_wait(&not_full, &mtx);
        ring[tail] = i;
        tail = (tail + 1) % CAP;
        count++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&mtx);
    }
    return NULL;
}

static void *consumer(void *p)
{
    (void)p;
    long s = 0;
    for (int i = 0; i < ITEMS; i++) {
        pthread_mutex_lock(&mtx);
        while (count == 0)
            pthread_cond_wait(&not_empty, &mtx);
        s += ring[head];
        head = (head + 1) % CAP;
        count--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&mtx);
    }
    consumed_sum = s;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", consumed_sum);
    return 0;
}
