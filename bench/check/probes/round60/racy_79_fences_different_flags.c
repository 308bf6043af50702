/* TRUTH: racy — writer: data write, release fence, relaxed store f1; a third thread relaxed-stores f2 independently; the reader waits on f2 (relaxed) then acquire fence and reads data. The fences would need the reader to read f1; reading f2 (written with no release fence by a thread that never saw f1) synchronizes with nothing, so data races. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int f1, f2;
static int data;
static int out;
static void *writer(void *arg) {
    data = 3;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f1, 1, memory_order_relaxed);
    return arg;
}
static void *other(void *arg) {
    atomic_store_explicit(&f2, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&f2, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    out = data;
    return arg;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, other, NULL);
    pthread_create(&c, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d %d\n", out, atomic_load(&f1));
    return 0;
}
