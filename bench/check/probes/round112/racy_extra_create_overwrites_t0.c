/* TRUTH: racy — after the creation loop t[0] is overwritten by one more create (thread 0 saved in keep); joining t[0] waits for the extra thread while thread 0 still writes part[0] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
static int part[N], extra;
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
int main(void)
{
    pthread_t t[N], keep;
    int sum = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    keep = t[0];
    pthread_create(&t[0], 0, other, 0);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += part[i];
    }
    pthread_join(keep, 0);
    printf("%d %d\n", sum, extra);
    return 0;
}
