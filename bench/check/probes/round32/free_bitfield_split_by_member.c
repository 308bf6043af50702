/* TRUTH: race-free. Bit-fields a and b are separated by the non-bit-field member c, so they are separate memory locations; each thread writes one. */
#include <pthread.h>
struct flags {
    unsigned a : 4;
    char c;
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
