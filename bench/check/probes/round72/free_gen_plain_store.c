/* TRUTH: free — main stores g through a _Generic lvalue only after joining the reader */
#include <pthread.h>
int g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    pthread_join(t, &res);
    _Generic(0, int: g, default: g) = 5;
    return (int)(long)res + g;
}
