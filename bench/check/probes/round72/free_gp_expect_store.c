/* TRUTH: free — __builtin_expect((long)(ip = &y), 1) is evaluated: ip points at y; thread writes y, main writes x */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    (void)__builtin_expect((long)(ip = &y), 1);
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x + y;
}
