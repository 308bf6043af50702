/* TRUTH: race-free. c + 2 <= CH + 1 means c <= CH - 1, so thread id writes only a[id*CH .. id*CH + CH - 1], its own chunk; main reads a after joining. */
#include <pthread.h>
#include <stdio.h>

#define CH 8
#define NT 4

int a[NT * CH];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int c = 0; c + 2 <= CH + 1; c++)
        a[id * CH + c] = id + c;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int ids[NT];
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", a[NT * CH - 1]);
    return 0;
}
