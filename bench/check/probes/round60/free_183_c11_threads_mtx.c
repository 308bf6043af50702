/* TRUTH: free — C11 <threads.h>: two threads increment counter only between mtx_lock and mtx_unlock of the same mtx_t; main reads after thrd_join of both. */
#include <stdio.h>
#include <threads.h>
static mtx_t m;
static long counter;
static int work(void *arg) {
    for (int i = 0; i < 1000; i++) { mtx_lock(&m); counter++; mtx_unlock(&m); }
    return arg != NULL;
}
int main(void) {
    thrd_t a, b;
    mtx_init(&m, mtx_plain);
    thrd_create(&a, work, NULL);
    thrd_create(&b, work, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%ld\n", counter);
    mtx_destroy(&m);
    return 0;
}
