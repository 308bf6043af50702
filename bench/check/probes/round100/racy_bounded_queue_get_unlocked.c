/* TRUTH: racy — get() drops the lock before advancing head/count, so two consumers update them concurrently */
#include <pthread.h>
#include <stdio.h>

#define QSIZE 16

static int items[QSIZE];
static int head, tail, count;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t nonempty = PTHREAD_COND_INITIALIZER;

static void put(int v)
{
    pthread_mutex_lock(&qlock);
    items[tail] = v;
    tail = (tail + 1) % QSIZE;
    count++;
    pthread_cond_signal(&nonempty);
    pthread_mutex_unlock(&qlock);
}

static int get(void)
{
    pthread_mutex_lock(&qlock);
    while (count == 0)
        pthread_cond_wait(&nonempty, &qlock);
    pthread_mutex_unlock(&qlock);
    int v = items[head];
    head = (head + 1) % QSIZE;
    count--;
    return v;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++)
        printf("got %d\n", get());
    return NULL;
}

int main(void)
{
    pthread_t c1, c2;
    pthread_create(&c1, NULL, consumer, NULL);
    pthread_create(&c2, NULL, consumer, NULL);
    for (int i = 0; i < 8; i++)
        put(i);
    pthread_join(c1, NULL);
    pthread_join(c2, NULL);
    return 0;
}
