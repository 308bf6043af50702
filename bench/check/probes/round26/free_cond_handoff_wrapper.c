/* TRUTH: race-free. producer writes data before setting ready under m; main's
   wait_then_join waits (under m) until ready is set, then joins producer, then reads data.
   observer only reads data after its own wait on ready under m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int data[3];

static void wait_ready(void)
{
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
}

static void wait_then_join(pthread_t t)
{
    wait_ready();
    pthread_join(t, NULL);
}

static void *producer(void *arg)
{
    (void)arg;
    data[0] = 1;
    data[1] = 2;
    data[2] = 3;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *observer(void *arg)
{
    (void)arg;
    wait_ready();
    return (void *)(long)(data[0] + data[2]);
}

int main(void)
{
    pthread_t p, o;
    pthread_create(&o, NULL, observer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    wait_then_join(p);
    printf("%d\n", data[1]);
    pthread_join(o, NULL);
    return 0;
}
