/* TRUTH: racy — w writes `0[arr] = 1` (arr[0]); main reads arr[0] (`r = arr[0]`) after the create and before the join. */
#include <pthread.h>
int arr[4];
void *w(void *p) { 0[arr] = 1; return 0; }
int main(void)
{
    pthread_t x;
    int r;
    pthread_create(&x, 0, w, 0);
    r = arr[0];
    pthread_join(x, 0);
    return r;
}
