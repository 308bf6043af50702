/* TRUTH: racy — s.a (unsigned char : 3) and s.b (unsigned short : 3) are adjacent non-zero-width bit-fields, hence one memory location regardless of declared type; T1 writes s.a and T2 writes s.b concurrently. */
#include <pthread.h>
#include <stdio.h>
struct mixed { unsigned char a : 3; unsigned short b : 3; };
static struct mixed s;
static void *t1(void *arg) { for (int i = 0; i < 10000; i++) s.a = i & 7; return arg; }
static void *t2(void *arg) { for (int i = 0; i < 10000; i++) s.b = i & 7; return arg; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%u %u\n", s.a, s.b);
    return 0;
}
