/* TRUTH: free — main holds stdout's lock (flockfile) from before the create until after writing note; the worker takes and releases it (flockfile/funlockfile) before reading note */
#include <pthread.h>
#include <stdio.h>
static int note;
static void *worker(void *arg)
{
    (void)arg;
    flockfile(stdout);
    funlockfile(stdout);
    return (void *)(long)note;
}
int main(void)
{
    pthread_t t;
    flockfile(stdout);
    pthread_create(&t, NULL, worker, NULL);
    note = 4;
    funlockfile(stdout);
    pthread_join(t, NULL);
    return 0;
}
