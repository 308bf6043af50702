/* TRUTH: racy — the detached worker writes `status`; main reads it after sleep(1) with no synchronization (sleep is not happens-before); main vs worker. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int status;

static void *worker(void *arg)
{
    (void)arg;
    status = 2;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, worker, NULL);
    pthread_attr_destroy(&at);
    sleep(1);
    printf("status=%d\n", status);
    return 0;
}
