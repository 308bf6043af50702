/* TRUTH: free — &arr[K] with K == 2 and &arr[1] are different elements; each thread writes only its own. */
#include <pthread.h>
static const int K = 2;
int arr[4];
void *w(void *p) { *(int *)p = 7; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, &arr[K]);
    pthread_create(&y, 0, w, &arr[1]);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return arr[2];
}
