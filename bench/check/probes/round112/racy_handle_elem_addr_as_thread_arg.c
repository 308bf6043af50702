/* TRUTH: racy — &t[0] handed as a helper thread's argument lets it swap t[0]/t[1]; join(t[0]) waits for thread 1 while main reads part[0] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
static int part[N];
static void *swapper(void *arg)
{
    pthread_t *h = arg, x = h[0];
    h[0] = h[1];
    h[1] = x;
    return 0;
}
static void *work(void *arg)
{
    long id = (long)arg;
    if (id == 0)
        usleep(20000);
    part[id] = (int)id + 1;
    return 0;
}
int main(void)
{
    pthread_t t[N], hx;
    int sum = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    pthread_create(&hx, 0, swapper, &t[0]);
    pthread_join(hx, 0);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += part[i];
    }
    printf("%d\n", sum);
    return 0;
}
