/* TRUTH: free — the ?: in the loop test reads data only when ready (atomic) was seen set, after main's write */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic int ready;
static int data, other = 1;
static void *worker(void *arg)
{
    (void)arg;
    int n = 0;
    while ((ready ? data : other) > n)
        n++;
    return (void *)(long)n;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    data = 3;
    ready = 1;
    pthread_join(t, 0);
    return 0;
}
