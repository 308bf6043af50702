/* TRUTH: racy — both threads write 1[arr] (arr[1]) with `1[arr]++`, unordered. */
#include <pthread.h>
int arr[4];
void *w(void *p) { 1[arr]++; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, 0);
    pthread_create(&y, 0, w, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return arr[1];
}
