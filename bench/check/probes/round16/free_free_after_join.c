// race-free: main frees the job only after joining the thread that reads it.
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
struct job { int n; int out; };

static void *run(void *arg)
{
    struct job *j = arg;
    printf("%d\n", j->n * 2);
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct job *j = malloc(sizeof *j);
    j->n = 21;
    pthread_create(&t, NULL, run, j);
    pthread_join(t, NULL);
    free(j);
    return 0;
}
