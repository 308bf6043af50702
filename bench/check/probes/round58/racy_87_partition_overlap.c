/* TRUTH: racy — thread k writes a[k*8 .. k*8+8] (<=), so thread k and thread k+1 both write a[(k+1)*8] unsynchronized. */
#include <pthread.h>
#define T 4
#define M 8
static int a[T * M + 1];
static void *w(void *arg) { int k = *(int *)arg; for (int i = k * M; i <= (k + 1) * M; i++) a[i] = k; return NULL; }
int main(void) {
    static int ids[T] = {0, 1, 2, 3};
    pthread_t th[T];
    for (int k = 0; k < T; k++) pthread_create(&th[k], NULL, w, &ids[k]);
    for (int k = 0; k < T; k++) pthread_join(th[k], NULL);
    return a[0];
}
