/* TRUTH: racy — the outer thread reads its local `acc` (result = acc) before joining the inner thread, which concurrently does *acc += i on it. */
#include <pthread.h>
#include <stdio.h>
static int result;
static void *inner(void *p) { int *acc = p; for (int i = 1; i <= 10; i++) *acc += i; return NULL; }
static void *outer(void *u) {
    (void)u;
    int acc = 0;
    pthread_t t;
    pthread_create(&t, NULL, inner, &acc);
    result = acc;
    pthread_join(t, NULL);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, outer, NULL);
    pthread_join(t, NULL);
    printf("%d\n", result);
    return 0;
}
