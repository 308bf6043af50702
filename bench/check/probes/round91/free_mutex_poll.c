/* free: the consumer polls `ready` under the mutex until it is set; the producer wrote
   `data` before setting ready under the same mutex (unlock/lock orders them). */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int data[4];

static void *producer(void *x) {
    (void)x;
    for (int i = 0; i < 4; i++)
        data[i] = i + 1;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *x) {
    (void)x;
    for (;;) {
        pthread_mutex_lock(&m);
        int r = ready;
        pthread_mutex_unlock(&m);
        if (r)
            break;
        sched_yield();
    }
    printf("%d\n", data[0] + data[3]);
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
