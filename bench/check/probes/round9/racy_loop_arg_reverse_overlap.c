/* TRUTH: racy. Worker i gets &out[i] and &out[N-1-i]-style pairs; with N = 3 worker 1 gets the middle element for both, and workers 0 and 2 both write out[0] and out[2]. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int out[N];

struct pair {
    int *a;
    int *b;
};

static void *worker(void *arg)
{
    struct pair *p = arg;
    *p->a += 1;
    *p->b += 2;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    struct pair pr[N];
    for (int i = 0; i < N; i++) {
        pr[i].a = &out[i];
        pr[i].b = &out[N - 1 - i];
        pthread_create(&t[i], NULL, worker, &pr[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
