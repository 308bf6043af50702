/* TRUTH: racy — main's local `x` escapes to the thread, which writes *x; main reads x before joining, unordered with the write. */
#include <pthread.h>
#include <stdio.h>
static void *setter(void *p) { int *x = p; *x = 123; return NULL; }
int main(void) {
    int x = 0;
    pthread_t t;
    pthread_create(&t, NULL, setter, &x);
    int seen = x;
    pthread_join(t, NULL);
    printf("%d %d\n", seen, x);
    return 0;
}
