/* TRUTH: free — `go` is _Atomic and accessed with seq_cst operators (implicit), so the waiter's read of `msg` happens-after the setter's write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static _Atomic int go;
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
