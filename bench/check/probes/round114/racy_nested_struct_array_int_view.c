/* TRUTH: racy — p[3] is o[0].in[1].b, which thread_b writes */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct I {
    int a, b;
};
struct O {
    struct I in[2];
    int c;
};
static struct O o[2];

static void *thread_a(void *arg)
{
    int *p = arg;
    p[3] = 1;
    return 0;
}

static void *thread_b(void *arg)
{
    (void)arg;
    o[0].in[1].b = 2;
    return 0;
}

int main(void)
{
    
    pthread_t t1, t2;
    pthread_create(&t1, 0, thread_a, o);
    pthread_create(&t2, 0, thread_b, o);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    
    return 0;
}
