/* TRUTH: racy — the typedef's VLA size expression (ip = &y, 1) runs: thread writes y, main writes y */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    typedef int row[(ip = &y, 1)]; row r; r[0] = 0; (void)r;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
