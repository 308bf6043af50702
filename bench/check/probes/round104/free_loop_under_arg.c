/* TRUTH: free — only the worker started with a non-null argument runs the loop testing data, and it is created after main's write */
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
    pthread_create(&a, NULL, worker, NULL);
    data = 5;
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
