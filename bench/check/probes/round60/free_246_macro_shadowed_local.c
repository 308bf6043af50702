/* TRUTH: free — BUMP() expands to `g++`, but in t1 it is used where a block-scope local `g` shadows the global, so it increments t1's local; the global g is written only by t2 and read by main after join. */
#include <pthread.h>
#include <stdio.h>
#define BUMP() g++
static int g;
static int r1;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) {
        int g = i;
        BUMP();
        r1 += g;
    }
    return arg;
}
static void *t2(void *arg) { for (int i = 0; i < 1000; i++) g = i; return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", g, r1);
    return 0;
}
