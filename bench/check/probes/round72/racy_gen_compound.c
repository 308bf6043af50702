/* TRUTH: racy — main does _Generic(...) += 1 on g while the thread reads g */
#include <pthread.h>
int g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    _Generic(g, default: g) += 1;
    pthread_join(t, &res);
    return (int)(long)res;
}
