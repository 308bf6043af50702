/* TRUTH: racy — main stores the pointer ip through a _Generic lvalue while the thread reads ip itself */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *r(void *a) { (void)a; return ip; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    _Generic(0, int: ip) = &y;
    pthread_join(t, &res);
    return res == &y;
}
