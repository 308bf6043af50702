/* TRUTH: free — classic bounded buffer: buf, head, tail, n are only accessed with mutex m held (cond waits re-acquire it); consumed total is thread-private until returned via join. */
#include <pthread.h>
#include <stdio.h>

#define CAP 4
#define ITEMS 20
static int buf[CAP];
static int head, tail, n;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= ITEMS; i++) {
        pthread_mutex_lock(&m);
        while (n == CAP)
            pthread_cond_wait(&not_full, &m);
        buf[tail] = i;
        tail = (tail + 1) % CAP;
        n++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    long total = 0;
    for (int i = 0; i < ITEMS; i++) {
        pthread_mutex_lock(&m);
        while (n == 0)
            pthread_cond_wait(&not_empty, &m);
        total += buf[head];
        head = (head + 1) % CAP;
        n--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&m);
    }
    return (void *)total;
}

int main(void)
{
    pthread_t p, c;
    void *r;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, &r);
    printf("%ld\n", (long)r);
    return 0;
}
