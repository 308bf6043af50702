// free: thread A clears elements 0..1, thread B writes element 3.
#include <pthread.h>
#include <string.h>
static int arr[4];
static void *ta(void *x) { (void)x; memset(arr, 0, 2 * sizeof arr[0]); return NULL; }
static void *tb(void *x) { (void)x; arr[3] = 4; return NULL; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return arr[0] + arr[3];
}
