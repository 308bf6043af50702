/* TRUTH: race-free. main joins A (writes x) before writing x; B's own goto loop (children touch nothing) does not change that. */
#include <pthread.h>
int x;
void *A(void *a) { x = 1; return 0; }
void *C(void *a) { return a; }
void *B(void *a) {
    pthread_t c[2];
    int i = 0;
again:
    pthread_create(&c[i], 0, C, 0);
    if (++i < 2)
        goto again;
    pthread_join(c[0], 0);
    pthread_join(c[1], 0);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, A, 0);
    pthread_create(&b, 0, B, 0);
    pthread_join(a, 0);
    x = 2;
    pthread_join(b, 0);
    return 0;
}
