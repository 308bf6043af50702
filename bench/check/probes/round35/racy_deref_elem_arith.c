/* TRUTH: racy — t1 writes *(&arr[1] + 1), i.e. arr[2]; t2 writes 2[arr], also arr[2]; unordered. */
#include <pthread.h>
int arr[4];
void *t1(void *p) { *(&arr[1] + 1) = 1; return 0; }
void *t2(void *p) { 2[arr] = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return arr[1] + arr[2];
}
