/* TRUTH: racy — p[1] (bytes 4-7 of u) is the upper half of u[0].l, which thread_b writes */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

union U {
    long l;
    int i;
};
static union U u[2];

static void *thread_a(void *arg)
{
    int *p = arg;
    p[1] = 4;
    return 0;
}

static void *thread_b(void *arg)
{
    (void)arg;
    u[0].l = 5;
    return 0;
}

int main(void)
{
    
    pthread_t t1, t2;
    pthread_create(&t1, 0, thread_a, u);
    pthread_create(&t2, 0, thread_b, u);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    
    return 0;
}
