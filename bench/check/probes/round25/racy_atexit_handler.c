/* TRUTH: racy. report() runs at exit (after main returns), while worker, never joined, may still be running its loop: report's read of total races with worker's total++ (atexit handlers run when exit is called, not when they are registered). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

long total;

static void report(void)
{
    printf("%ld\n", total);
}

void *worker(void *arg)
{
    (void)arg;
    for (long i = 0; i < 100000000L; i++)
        total++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    atexit(report);
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    return 0;
}
