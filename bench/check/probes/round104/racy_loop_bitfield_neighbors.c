/* TRUTH: racy — a and b are adjacent bit-fields, one memory location: the worker's loop test reads f.a while main writes f.b */
#include <pthread.h>
static struct { unsigned a : 4; unsigned b : 4; } f = {3, 1};
static void *worker(void *arg)
{
    (void)arg;
    int n = 0;
    while (f.a > n)
        n++;
    return (void *)(long)n;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    f.b = 2;
    pthread_join(t, NULL);
    return 0;
}
