/* TRUTH: racy — main stores g through a _Generic lvalue while the thread reads g, unordered */
#include <pthread.h>
int g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    _Generic(0, int: g, default: g) = 5;
    pthread_join(t, &res);
    return (int)(long)res;
}
