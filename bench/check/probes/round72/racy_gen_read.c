/* TRUTH: racy — the thread reads g through _Generic while main writes g before joining */
#include <pthread.h>
int g;
static void *r(void *a) { (void)a; return (void *)(long)_Generic(0, int: g); }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    g = 5;
    pthread_join(t, &res);
    return (int)(long)res;
}
