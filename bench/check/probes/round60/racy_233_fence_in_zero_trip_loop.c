/* TRUTH: racy — the writer's release fence sits in a loop that runs argc-1 times; in the ordinary run (argc == 1) it never executes, so the relaxed flag store is not preceded by a release fence and the reader's acquire fence synchronizes with nothing: data's write and read race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int f;
static int data;
static int out;
static int nfences;
static void *writer(void *arg) {
    data = 42;
    for (int i = 0; i < nfences; i++)
        atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&f, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    out = data;
    return arg;
}
int main(int argc, char **argv) {
    (void)argv;
    nfences = argc - 1;
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
