/* TRUTH: racy — *(&arr[2] + -1) is arr[1], also written by T2; no ordering. */
#include <pthread.h>
int arr[4];
void *t1(void *a) { *(&arr[2] + -1) = 1; return 0; }
void *t2(void *a) { arr[1] = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
