/* TRUTH: free — thread id writes *(base + id) and (base + id)->... for id 0 and 1 only: distinct array elements reached by pointer arithmetic on a malloc'd array; main reads after joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct cell { int v; int w; };
static struct cell *base;

static void *fill(void *arg)
{
    long id = (long)arg;
    struct cell *c = base + id;
    c->v = (int)id * 2;
    c->w = (int)id * 3;
    return NULL;
}

int main(void)
{
    base = calloc(2, sizeof *base);
    if (!base)
        return 1;
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, fill, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", base[1].v, base[1].w);
    free(base);
    return 0;
}
