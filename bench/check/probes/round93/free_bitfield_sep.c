// Two threads write bit-fields separated by a zero-width bit-field: C11 makes
// them separate memory locations, so there is no race.
#include <pthread.h>
#include <stdio.h>
struct flags { unsigned a : 4; unsigned : 0; unsigned b : 4; };
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
