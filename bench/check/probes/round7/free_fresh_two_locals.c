/* TRUTH: free. p and q are two separate allocations, each given to one worker; main reads them after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct job { int count; };

static void *worker(void *arg)
{
    struct job *j = arg;
    j->count++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    struct job *p = calloc(1, sizeof *p);
    struct job *q = calloc(1, sizeof *q);
    if (!p || !q)
        return 1;
    pthread_create(&a, NULL, worker, p);
    pthread_create(&b, NULL, worker, q);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", p->count, q->count);
    free(p);
    free(q);
    return 0;
}
