/* TRUTH: racy — the thread's local ip (= &y) shadows the global; thread writes y, main writes y unordered */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; int *ip = &y; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y + *ip;
}
