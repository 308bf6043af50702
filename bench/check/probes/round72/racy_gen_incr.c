/* TRUTH: racy — main increments g through _Generic(...)++ while the thread reads g */
#include <pthread.h>
int g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    _Generic(g, int: g)++;
    pthread_join(t, &res);
    return (int)(long)res;
}
