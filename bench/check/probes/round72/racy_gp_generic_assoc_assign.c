/* TRUTH: racy — _Generic selects (ip = &y), evaluated: thread writes y, main writes y */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    (void)_Generic(0, int: (ip = &y));
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
