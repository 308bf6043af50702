/* TRUTH: free — data is read by the loop test only when the atomic ready flag was seen set, which orders it after main's write */
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
    pthread_join(t, 0);
    return 0;
}
