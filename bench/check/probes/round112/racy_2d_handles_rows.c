/* TRUTH: racy — row 0 of t holds the work threads, row 1 the quick ones; joining t[1][i] does not wait for work thread i, which writes part[i] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
static int part[N], q[N];
static void *work(void *arg)
{
    long id = (long)arg;
    usleep(20000);
    part[id] = (int)id + 1;
    return 0;
}
static void *quick(void *arg)
{
    q[(long)arg] = 1;
    return 0;
}
int main(void)
{
    pthread_t t[2][N];
    int sum = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[0][i], 0, work, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_create(&t[1][i], 0, quick, (void *)i);
    for (int i = 0; i < N; i++) {
        pthread_join(t[1][i], 0);
        sum += part[i] + q[i];
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[0][i], 0);
    printf("%d\n", sum);
    return 0;
}
