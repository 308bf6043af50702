/* TRUTH: free — the outer thread's local `acc` is passed to an inner thread that writes it; the outer thread joins the inner one before reading acc and copying it to `result`; main reads result after joining outer. */
#include <pthread.h>
#include <stdio.h>
static int result;
static void *inner(void *p) { int *acc = p; for (int i = 1; i <= 10; i++) *acc += i; return NULL; }
static void *outer(void *u) {
    (void)u;
    int acc = 0;
    pthread_t t;
    pthread_create(&t, NULL, inner, &acc);
    pthread_join(t, NULL);
    result = acc;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, outer, NULL);
    pthread_join(t, NULL);
    printf("%d\n", result);
    return 0;
}
