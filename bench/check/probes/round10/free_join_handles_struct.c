/* free: handles stored in a struct; main joins both before reading. */
#include <pthread.h>
struct handles { pthread_t a, b; };
static int out_a, out_b;
static void *fa(void *x) { (void)x; out_a = 1; return 0; }
static void *fb(void *x) { (void)x; out_b = 2; return 0; }
int main(void) {
    struct handles h;
    pthread_create(&h.a, 0, fa, 0);
    pthread_create(&h.b, 0, fb, 0);
    pthread_join(h.a, 0);
    pthread_join(h.b, 0);
    return out_a + out_b;
}
