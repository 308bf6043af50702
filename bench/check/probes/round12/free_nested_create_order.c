// free: thread A writes x and only then creates B, which reads x; A joins B; main joins A.
#include <pthread.h>
static int x;
static void *tb(void *a) { (void)a; return (void *)(long)x; }
static void *ta(void *a)
{
    (void)a;
    x = 3;
    pthread_t b;
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(b, NULL);
    x = 4;
    return NULL;
}
int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, ta, NULL);
    pthread_join(p, NULL);
    return x;
}
