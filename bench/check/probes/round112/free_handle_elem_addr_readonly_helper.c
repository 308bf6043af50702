/* TRUTH: free — the helper given &t[0] only reads the handles; t[i] keeps thread i, and part[i] is read after its join */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int part[N], same;
static void *peek(void *arg)
{
    pthread_t *h = arg;
    same = pthread_equal(h[0], h[1]);
    return 0;
}
static void *work(void *arg)
{
    long id = (long)arg;
    part[id] = (int)id + 1;
    return 0;
}
int main(void)
{
    pthread_t t[N], hx;
    int sum = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    pthread_create(&hx, 0, peek, &t[0]);
    pthread_join(hx, 0);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += part[i];
    }
    printf("%d %d\n", sum, same);
    return 0;
}
