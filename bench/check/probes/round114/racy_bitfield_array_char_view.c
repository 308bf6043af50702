/* TRUTH: racy — p[0] is the byte holding bs[0].a and bs[0].b; thread_b writes bs[0].b */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct B {
    unsigned a : 4, b : 4;
};
static struct B bs[2];

static void *thread_a(void *arg)
{
    unsigned char *p = arg;
    p[0] = 1;
    return 0;
}

static void *thread_b(void *arg)
{
    (void)arg;
    bs[0].b = 2;
    return 0;
}

int main(void)
{
    
    pthread_t t1, t2;
    pthread_create(&t1, 0, thread_a, bs);
    pthread_create(&t2, 0, thread_b, bs);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    
    return 0;
}
