/* TRUTH: racy — main writes data after setting ready, so the loop test's read of data may overlap main's second write */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic int ready;
static int data;
static void *worker(void *arg)
{
    (void)arg;
    int n = 0;
    while (ready && data > n)
        n++;
    return (void *)(long)n;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    data = 3;
    ready = 1;
    data = 4;
    pthread_join(t, 0);
    return 0;
}
