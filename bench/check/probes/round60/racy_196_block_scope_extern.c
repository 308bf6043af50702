/* TRUTH: racy — T2 names the global counter through a block-scope `extern int counter;` declaration, which denotes the same object as the file-scope one that T1 increments; unsynchronized plain RMWs in both threads. */
#include <pthread.h>
#include <stdio.h>
int counter;
static void *t1(void *arg) { for (int i = 0; i < 10000; i++) counter++; return arg; }
static void *t2(void *arg) {
    extern int counter;
    for (int i = 0; i < 10000; i++) counter++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
