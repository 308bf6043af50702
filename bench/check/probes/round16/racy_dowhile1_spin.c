// racy: the producer publishes ready before writing data, so the consumer can read data while it is being written.
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static int data;
static int ready;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *producer(void *arg)
{
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    data = 42;
    return NULL;
}

static void *consumer(void *arg)
{
    int r;
    do {
        pthread_mutex_lock(&m);
        r = ready;
        pthread_mutex_unlock(&m);
        if (r)
            break;
        sched_yield();
    } while (1);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
