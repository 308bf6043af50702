/* TRUTH: racy — fence hand-off whose reader loop is bounded (for up to 100 relaxed loads) and falls through to the acquire fence and the data read even if the flag was never seen; on that path nothing orders the writer's data write before the read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int f;
static int data;
static int out;
static void *writer(void *arg) {
    data = 42;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    for (int i = 0; i < 100 && !atomic_load_explicit(&f, memory_order_relaxed); i++)
        ;
    atomic_thread_fence(memory_order_acquire);
    out = data;
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
