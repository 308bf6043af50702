/* TRUTH: racy — B is handed &ta but only reads it (does not join), so main's join of B does not order A; A's `g = 1` races with main's `g = 2`. */
#include <pthread.h>
int g;
void *A(void *a) { g = 1; return 0; }
void *B(void *a) { return (void *)(*(pthread_t *)a != 0); }
int main(void)
{
    pthread_t ta, tb;
    pthread_create(&ta, 0, A, 0);
    pthread_create(&tb, 0, B, &ta);
    pthread_join(tb, 0);
    g = 2;
    pthread_join(ta, 0);
    return g;
}
