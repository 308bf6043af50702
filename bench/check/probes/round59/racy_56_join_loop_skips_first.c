/* TRUTH: racy — the join loop starts at 1, so thread 0 is never joined; main then reads part[0], which thread 0 writes without any ordering. */
#include <pthread.h>
#include <stdio.h>

#define NTH 3
static long part[NTH];

static void *sum_part(void *a)
{
    long id = (long)a;
    long s = 0;
    for (long i = id * 100; i < (id + 1) * 100; i++)
        s += i;
    part[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t th[NTH];
    for (long i = 0; i < NTH; i++)
        pthread_create(&th[i], NULL, sum_part, (void *)i);
    for (int i = 1; i < NTH; i++)
        pthread_join(th[i], NULL);
    long total = 0;
    for (int i = 0; i < NTH; i++)
        total += part[i];
    printf("%ld\n", total);
    return 0;
}
