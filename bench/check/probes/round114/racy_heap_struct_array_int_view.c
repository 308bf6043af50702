/* TRUTH: racy — p[3] is a[1].y of the allocation, which thread_b writes */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct S {
    int x, y;
};

static void *thread_a(void *arg)
{
    int *p = arg;
    p[3] = 1;
    return 0;
}

static void *thread_b(void *arg)
{
    struct S *a = arg;
    a[1].y = 5;
    return 0;
}

int main(void)
{
    struct S *a = calloc(2, sizeof *a);
    if (!a)
        return 1;
    pthread_t t1, t2;
    pthread_create(&t1, 0, thread_a, a);
    pthread_create(&t2, 0, thread_b, a);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    free(a);
    return 0;
}
