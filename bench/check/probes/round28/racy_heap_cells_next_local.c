/* TRUTH: racy. Cells live in a calloc'ed array; cell thread i gets &cs[i] and, unless it is
   the last cell, adds its value into the next cell through 'struct cell *nb = me + 1',
   while thread i+1 writes its own me->acc. No lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct cell {
    long acc;
    int is_last;
};

static void *carry(void *arg)
{
    struct cell *me = arg;
    struct cell *nb = me + 1;
    me->acc += 1;
    if (!me->is_last)
        nb->acc += me->acc;
    return NULL;
}

int main(void)
{
    int n = 4;
    struct cell *cs = calloc((size_t)n, sizeof *cs);
    pthread_t *t = calloc((size_t)n, sizeof *t);
    if (!cs || !t)
        return 1;
    cs[n - 1].is_last = 1;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, carry, &cs[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", cs[n - 1].acc);
    free(t);
    free(cs);
    return 0;
}
