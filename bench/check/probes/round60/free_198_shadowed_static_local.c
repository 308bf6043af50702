/* TRUTH: free — t2's inner block declares its own `static int total`, shadowing the global total that only t1 writes; the two objects are distinct, each written by one thread; main reads the global after join. */
#include <pthread.h>
#include <stdio.h>
static int total;
static int r2;
static void *t1(void *arg) { for (int i = 0; i < 1000; i++) total += i; return arg; }
static void *t2(void *arg) {
    {
        static int total;
        for (int i = 0; i < 1000; i++) total -= i;
        r2 = total;
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", total, r2);
    return 0;
}
