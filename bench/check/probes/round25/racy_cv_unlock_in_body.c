/* TRUTH: racy. consumer's loop body releases m and never takes it back, so the second evaluation of !ready reads ready without m while producer writes ready = 1 under m: that read and write are unordered (and data's read may be too). */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

int data;
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *producer(void *arg)
{
    (void)arg;
    data = 3;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    int held = 1;
    pthread_mutex_lock(&m);
    while (!ready) {
        if (held)
            pthread_mutex_unlock(&m);
        held = 0;
        sched_yield();
    }
    if (held)
        pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
