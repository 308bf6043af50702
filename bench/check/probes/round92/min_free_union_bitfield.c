/* race-free: a and b are bit-fields separated by a zero-width bit-field (separate memory
   locations, C11 3.14), in an anonymous struct of a union; raw is read after the joins. */
#include <pthread.h>
static union { struct { unsigned a : 4; unsigned : 0; unsigned b : 4; }; unsigned long long raw; } u;
static void *ta(void *arg) { (void)arg; u.a = 3; return 0; }
static void *tb(void *arg) { (void)arg; u.b = 5; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return (int)u.raw;
}
