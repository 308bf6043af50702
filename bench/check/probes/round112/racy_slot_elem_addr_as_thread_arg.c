/* TRUTH: racy — a helper thread given &t[0] swaps t[0] and t[1]; join(t[0]) then waits for thread 1 while main reads jobs[0]->out */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 3
struct job { int in, out; };
static void *swapper(void *arg)
{
    pthread_t *h = arg, x = h[0];
    h[0] = h[1];
    h[1] = x;
    return 0;
}
static void *work(void *arg)
{
    struct job *j = arg;
    if (j->in == 0)
        usleep(20000);
    j->out = j->in * 2 + 1;
    return 0;
}
int main(void)
{
    pthread_t t[N], hx;
    struct job *jobs[N];
    int sum = 0;
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        jobs[i] = j;
        pthread_create(&t[i], 0, work, j);
    }
    pthread_create(&hx, 0, swapper, &t[0]);
    pthread_join(hx, 0);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += jobs[i]->out;
    }
    printf("%d\n", sum);
    return 0;
}
