/* TRUTH: racy — `static const int K = 2`, so &arr[K] and &arr[2] are the same element; both threads write it through *(int *)p. */
#include <pthread.h>
static const int K = 2;
int arr[4];
void *w(void *p) { *(int *)p = 7; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, &arr[K]);
    pthread_create(&y, 0, w, &arr[2]);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return arr[2];
}
