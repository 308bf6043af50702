/* TRUTH: racy — the thread that gets PTHREAD_BARRIER_SERIAL_THREAD (kept in a plain local) writes leader_seen while main, which never synchronizes with it, reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_barrier_t b;
static int leader_seen;

static void *worker(void *arg)
{
    (void)arg;
    int rc = pthread_barrier_wait(&b);
    if (rc == PTHREAD_BARRIER_SERIAL_THREAD)
        leader_seen = 1;
    return NULL;
}

int main(void)
{
    pthread_t a, c;
    pthread_barrier_init(&b, NULL, 2);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&c, NULL, worker, NULL);
    usleep(10000);
    printf("leader %d\n", leader_seen);
    pthread_join(a, NULL);
    pthread_join(c, NULL);
    pthread_barrier_destroy(&b);
    return 0;
}
