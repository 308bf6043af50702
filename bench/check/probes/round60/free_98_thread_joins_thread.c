/* TRUTH: free — T1 writes val; T2 joins T1 (handle passed through a variable written before T2's creation) and then reads/writes val; main reads val after joining T2. */
#include <pthread.h>
#include <stdio.h>
static int val;
static pthread_t h1;
static void *t1(void *arg) {
    val = 10;
    return arg;
}
static void *t2(void *arg) {
    pthread_join(h1, NULL);
    val += 5;
    return arg;
}
int main(void) {
    pthread_t h2;
    pthread_create(&h1, NULL, t1, NULL);
    pthread_create(&h2, NULL, t2, NULL);
    pthread_join(h2, NULL);
    printf("%d\n", val);
    return 0;
}
