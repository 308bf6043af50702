/* TRUTH: racy. Workers are detached right after creation and never waited for; main reads
   done[] at the end while they may still be writing it. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 3

static int done[N];

static void *job(void *arg)
{
    int *d = arg;
    *d = 1;
    return NULL;
}

int main(void)
{
    int i, n = 0;
    for (i = 0; i < N; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, job, &done[i]) == 0)
            pthread_detach(t);
    }
    usleep(1000);
    for (i = 0; i < N; i++)
        n += done[i];
    printf("%d\n", n);
    return 0;
}
