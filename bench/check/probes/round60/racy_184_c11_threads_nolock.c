/* TRUTH: racy — C11 <threads.h>: two threads created with thrd_create increment counter with no lock; plain RMWs unordered. */
#include <stdio.h>
#include <threads.h>
static long counter;
static int work(void *arg) {
    for (int i = 0; i < 10000; i++) counter++;
    return arg != NULL;
}
int main(void) {
    thrd_t a, b;
    thrd_create(&a, work, NULL);
    thrd_create(&b, work, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
