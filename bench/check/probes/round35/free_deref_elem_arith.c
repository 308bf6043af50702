/* TRUTH: free — t1 writes *(&arr[1] + 1), which is arr[2]; t2 writes arr[1]: distinct elements. */
#include <pthread.h>
int arr[4];
void *t1(void *p) { *(&arr[1] + 1) = 1; return 0; }
void *t2(void *p) { arr[1] = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return arr[1] + arr[2];
}
