/* TRUTH: racy — the writer first RELEASE-stores flag=2 ("starting"), then writes x, then stores flag=1; the reader waits only for flag != 0, so it can leave after seeing 2 and read x while the writer writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag;
static int out;
static void *writer(void *arg) {
    atomic_store_explicit(&flag, 2, memory_order_release);
    x = 5;
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *reader(void *arg) {
    while (atomic_load_explicit(&flag, memory_order_acquire) == 0)
        ;
    out = x;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&b, NULL, reader, NULL);
    pthread_create(&a, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
