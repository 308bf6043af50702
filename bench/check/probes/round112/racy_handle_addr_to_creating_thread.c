/* TRUTH: racy — the spawner thread, handed &t[0], starts a new thread into t[0] (the old one kept in keep); joining t[0] waits for the new thread while work thread 0 writes part[0] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
static int part[N], extra;
static pthread_t keep;
static void *work(void *arg)
{
    long id = (long)arg;
    if (id == 0)
        usleep(20000);
    part[id] = (int)id + 1;
    return 0;
}
static void *other(void *arg)
{
    (void)arg;
    extra = 1;
    return 0;
}
static void *spawner(void *arg)
{
    pthread_t *h = arg;
    keep = *h;
    pthread_create(h, 0, other, 0);
    return 0;
}
int main(void)
{
    pthread_t t[N], s;
    int sum = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    pthread_create(&s, 0, spawner, &t[0]);
    pthread_join(s, 0);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += part[i];
    }
    pthread_join(keep, 0);
    printf("%d %d\n", sum, extra);
    return 0;
}
