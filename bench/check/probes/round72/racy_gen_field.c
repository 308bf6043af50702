/* TRUTH: racy — main stores s.a through _Generic(...).a while the thread reads s.a */
#include <pthread.h>
struct S { int a, b; } s;
static void *r(void *a) { (void)a; return (void *)(long)s.a; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    _Generic(0, int: s).a = 5;
    pthread_join(t, &res);
    return (int)(long)res;
}
