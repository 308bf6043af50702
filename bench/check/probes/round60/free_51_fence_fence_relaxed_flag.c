/* TRUTH: free — writer: plain data write, atomic_thread_fence(release), relaxed store f=1; reader: relaxed loads until f==1, atomic_thread_fence(acquire), plain data read. Fence-fence synchronization orders the plain accesses. */
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
    while (atomic_load_explicit(&f, memory_order_relaxed) != 1)
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
