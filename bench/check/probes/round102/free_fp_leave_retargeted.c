/* TRUTH: free — leave starts as stay but main points it at leave_if (which ends the thread on a nonzero argument) before the worker calls leave(1), so the worker never writes hits */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void stay(int v) { (void)v; }
static void leave_if(int v)
{
    if (v)
        pthread_exit(NULL);
}
static void (*leave)(int) = stay;

static void *worker(void *arg)
{
    (void)arg;
    leave(1);
    hits++;
    return NULL;
}

int main(void)
{
    leave = leave_if;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
