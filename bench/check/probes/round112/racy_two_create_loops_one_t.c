/* TRUTH: racy — a second creation loop overwrites t[i]; the join loop joins only the second threads while the first ones still write part[i] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
static int part[N], other[N];
static void *work(void *arg)
{
    long id = (long)arg;
    usleep(20000);
    part[id] = (int)id + 1;
    return 0;
}
static void *quick(void *arg)
{
    long id = (long)arg;
    other[id] = 1;
    return 0;
}
int main(void)
{
    pthread_t t[N], first[N];
    int sum = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    for (int i = 0; i < N; i++)
        first[i] = t[i];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, quick, (void *)i);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += part[i] + other[i];
    }
    for (int i = 0; i < N; i++)
        pthread_join(first[i], 0);
    printf("%d\n", sum);
    return 0;
}
