/* TRUTH: free — a and b are bit-fields separated by a zero-width bit-field, so they are distinct memory locations: the worker tests f.a, main writes f.b */
#include <pthread.h>
static struct { unsigned a : 4; unsigned : 0; unsigned b : 4; } f = {3, 1};
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
