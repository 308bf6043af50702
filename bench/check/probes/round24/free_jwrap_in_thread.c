/* TRUTH: race-free. The supervisor joins the worker (through wait_for) before reading result and writing summary; main reads summary only after joining the supervisor. */
#include <pthread.h>
#include <stdio.h>

static pthread_t worker_tid;
static int result;
static int summary;

static void *worker(void *arg)
{
    (void)arg;
    result = 21;
    return NULL;
}

static void wait_for(pthread_t th)
{
    pthread_join(th, NULL);
}

static void *supervisor(void *arg)
{
    (void)arg;
    wait_for(worker_tid);
    summary = result * 2;
    return NULL;
}

int main(void)
{
    pthread_t sup;
    pthread_create(&worker_tid, NULL, worker, NULL);
    pthread_create(&sup, NULL, supervisor, NULL);
    pthread_join(sup, NULL);
    printf("%d\n", summary);
    return 0;
}
