/* TRUTH: free — main's local `x` is handed to the thread by address; the thread writes *x; main reads x only after join. */
#include <pthread.h>
#include <stdio.h>
static void *setter(void *p) { int *x = p; *x = 123; return NULL; }
int main(void) {
    int x = 0;
    pthread_t t;
    pthread_create(&t, NULL, setter, &x);
    pthread_join(t, NULL);
    printf("%d\n", x);
    return 0;
}
