// Two threads write different adjacent bit-fields of one struct: under C11
// adjacent bit-fields are one memory location, so the writes race.
#include <pthread.h>
#include <stdio.h>
struct flags { unsigned a : 4; unsigned b : 4; };
static struct flags fl;
static void *wa(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) fl.a = i & 15; return NULL; }
static void *wb(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) fl.b = i & 15; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, wa, NULL);
    pthread_create(&y, NULL, wb, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%u %u\n", fl.a, fl.b);
    return 0;
}
