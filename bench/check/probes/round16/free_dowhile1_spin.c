// race-free: the consumer polls ready under the mutex in a do/while(1) loop and reads data only after seeing ready set, which the producer does after writing data.
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static int data;
static int ready;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *producer(void *arg)
{
    data = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
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
