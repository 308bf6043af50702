/* TRUTH: free — a zero-width bit-field `unsigned : 0` ends the sequence of adjacent bit-fields, so s.lo and s.hi are separate memory locations (C11 3.14); T1 writes only s.lo and T2 only s.hi. */
#include <pthread.h>
#include <stdio.h>
struct flags { unsigned lo : 4; unsigned : 0; unsigned hi : 4; };
static struct flags s;
static void *t1(void *arg) { for (int i = 0; i < 1000; i++) s.lo = i & 15; return arg; }
static void *t2(void *arg) { for (int i = 0; i < 1000; i++) s.hi = i & 15; return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", s.lo, s.hi);
    return 0;
}
