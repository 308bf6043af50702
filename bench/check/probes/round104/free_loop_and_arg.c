/* TRUTH: free — the worker is started with a null argument, so go is 0 and the && never reads data */
#include <pthread.h>
static int data;
static void *worker(void *arg)
{
    int go = arg != 0;
    int n = 0;
    while (go && data > n)
        n++;
    return (void *)(long)n;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    data = 3;
    pthread_join(t, 0);
    return 0;
}
