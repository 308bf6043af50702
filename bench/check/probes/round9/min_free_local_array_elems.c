/* TRUTH: free. The two threads write the distinct elements arr[0] and arr[1] of main's local array, and main joins both before returning. */
#include <pthread.h>

static void *run(void *arg)
{
    int *p = arg;
    *p = 1;
    return 0;
}

int main(void)
{
    int arr[2];
    pthread_t a, b;
    pthread_create(&a, 0, run, &arr[0]);
    pthread_create(&b, 0, run, &arr[1]);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return arr[0] + arr[1];
}
