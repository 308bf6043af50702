/* TRUTH: racy — a backward goto runs the creation loop twice into t; the join loop joins only the second round, the first round's thread i (kept in old[]) still writes part[i] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
static int part[N];
static void *work(void *arg)
{
    long id = (long)arg;
    usleep(20000);
    part[id] = (int)id + 1;
    return 0;
}
int main(void)
{
    pthread_t t[N], old[N];
    int sum = 0, round = 0;
again:
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    if (round++ == 0) {
        for (int i = 0; i < N; i++)
            old[i] = t[i];
        goto again;
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += part[i];
    }
    for (int i = 0; i < N; i++)
        pthread_join(old[i], 0);
    printf("%d\n", sum);
    return 0;
}
