/* TRUTH: free — T2 calls pause() before its write; the program installs no signal handler, so pause() never returns (signals either kill the process or are ignored) and T2's x = 2 never runs; x is otherwise written by T1 and read by main after joining T1 (main never joins T2 and exits). */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int x;
static void *t1(void *arg) { x = 1; return arg; }
static void *t2(void *arg) {
    pause();
    x = 2;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    printf("%d\n", x);
    return 0;
}
