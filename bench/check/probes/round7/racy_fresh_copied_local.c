/* TRUTH: racy. q is a copy of p, so both workers get the same allocation and increment its count. */
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
    struct job *p = malloc(sizeof *p);
    if (!p)
        return 1;
    p->count = 0;
    struct job *q = p;
    pthread_create(&a, NULL, worker, p);
    pthread_create(&b, NULL, worker, q);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", p->count);
    free(p);
    return 0;
}
