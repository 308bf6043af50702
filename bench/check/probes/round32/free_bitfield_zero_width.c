/* TRUTH: race-free. a and b are separated by a zero-width bit-field, so C11 3.14 makes them separate memory locations; each thread writes one. */
#include <pthread.h>
struct flags {
    unsigned a : 4;
    unsigned : 0;
    unsigned b : 4;
} fl;
static void *ta(void *arg) { (void)arg; fl.a = 3; return NULL; }
static void *tb(void *arg) { (void)arg; fl.b = 5; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, ta, NULL);
    pthread_create(&y, NULL, tb, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return fl.a + fl.b;
}
