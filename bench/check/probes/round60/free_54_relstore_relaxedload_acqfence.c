/* TRUTH: free — writer: plain write then RELEASE store; reader: RELAXED load loop followed by an acquire fence, then plain read; a release operation synchronizes with an acquire fence preceded by a load reading its value. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag;
static int data;
static int out;
static void *writer(void *arg) {
    data = 9;
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    out = data;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
