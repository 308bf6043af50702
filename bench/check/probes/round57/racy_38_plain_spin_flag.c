/* TRUTH: racy — `go` is a plain volatile int: the setter's write go=1 and the waiter's spinning reads of go race (and so do msg write/read, since volatile gives no happens-before). */
#include <pthread.h>
#include <stdio.h>
static volatile int go;
static const char *msg;
static void *setter(void *u) { (void)u; msg = "hello"; go = 1; return NULL; }
static void *waiter(void *u) {
    (void)u;
    while (!go)
        ;
    puts(msg);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, waiter, NULL);
    pthread_create(&b, NULL, setter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
