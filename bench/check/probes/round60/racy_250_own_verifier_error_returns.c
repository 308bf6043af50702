/* TRUTH: racy — the program DEFINES __VERIFIER_error() with a body that returns normally, so the code after the call runs: both threads increment shared without synchronization. */
#include <pthread.h>
#include <stdio.h>
void __VERIFIER_error(void) { fputs("reached\n", stderr); }
static int shared;
static void *work(void *arg) {
    __VERIFIER_error();
    for (int i = 0; i < 10000; i++) shared++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
