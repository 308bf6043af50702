/* racy: a and b are adjacent bit-fields of one anonymous struct in a union: one memory
   location (C11 3.14), so the unlocked writes of u.a and u.b race. */
#include <pthread.h>
static union { struct { unsigned a : 4; unsigned b : 4; }; unsigned char raw; } u;
static void *ta(void *arg) { (void)arg; u.a = 3; return 0; }
static void *tb(void *arg) { (void)arg; u.b = 5; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return u.raw;
}
