/* TRUTH: free — <threads.h> is NOT included; the program's own static thrd_create runs the start function synchronously in the caller and its thrd_join does nothing, so the program is single-threaded and the two "threads'" increments of counter run one after the other. */
#include <stdio.h>
typedef int thrd_t;
typedef int (*thrd_start_t)(void *);
static int thrd_create(thrd_t *t, thrd_start_t f, void *arg) { *t = 0; return f(arg); }
static int thrd_join(thrd_t t, int *res) { (void)t; if (res) *res = 0; return 0; }
static int counter;
static int work(void *arg) {
    for (int i = 0; i < 1000; i++) counter++;
    return arg != NULL;
}
int main(void) {
    thrd_t a, b;
    thrd_create(&a, work, NULL);
    thrd_create(&b, work, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
