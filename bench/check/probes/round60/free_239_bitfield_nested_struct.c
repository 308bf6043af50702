/* TRUTH: free — s.in.a is a bit-field inside a nested struct and s.b a bit-field of the outer struct; C11 3.14 (note) says such bit-fields are separate memory locations; T1 writes only s.in.a and T2 only s.b. */
#include <pthread.h>
#include <stdio.h>
struct outer { struct { unsigned a : 4; } in; unsigned b : 4; };
static struct outer s;
static void *t1(void *arg) { for (int i = 0; i < 1000; i++) s.in.a = i & 15; return arg; }
static void *t2(void *arg) { for (int i = 0; i < 1000; i++) s.b = i & 15; return arg; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%u %u\n", s.in.a, s.b);
    return 0;
}
