/* TRUTH: racy. The join is registered with atexit and runs only when main returns; main's printf read of answer comes before it, concurrently with the worker's answer = 42. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_t worker_tid;
static int answer;

static void *worker(void *arg) { (void)arg; answer = 42; return NULL; }

static void join_worker(void) { pthread_join(worker_tid, NULL); }

int main(void)
{
    pthread_create(&worker_tid, NULL, worker, NULL);
    atexit(join_worker);
    printf("%d\n", answer);
    return 0;
}
