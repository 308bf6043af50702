/* TRUTH: racy — main creates all scanners, then resets table[0] = 0 before the join loop while each scanner reads table[]; main vs any scanner. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int table[16];
static int found[N];

static void *scan(void *arg)
{
    int id = (int)(long)arg;
    int s = 0;
    for (int i = 0; i < 16; i++)
        s += table[i];
    found[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < 16; i++)
        table[i] = i;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, scan, (void *)i);
    table[0] = 0;
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", found[0] + found[N - 1]);
    return 0;
}
