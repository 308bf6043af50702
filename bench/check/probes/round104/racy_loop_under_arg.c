/* TRUTH: racy — the worker started with a non-null argument runs the loop testing data, and main writes data after creating it */
#include <pthread.h>
static int data;
static void *worker(void *arg)
{
    int n = 0;
    if (arg)
        while (data > n)
            n++;
    return (void *)(long)n;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    data = 5;
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
