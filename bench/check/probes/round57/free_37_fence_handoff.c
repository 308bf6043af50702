/* TRUTH: free — release fence before the relaxed flag store and acquire fence after the relaxed flag load establish fence-to-fence synchronization, so the write of `blob` happens-before the consumer's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int blob[4];
static atomic_int published;
static void *writer(void *u) {
    (void)u;
    for (int i = 0; i < 4; i++) blob[i] = i + 1;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&published, 1, memory_order_relaxed);
    return NULL;
}
static void *reader(void *out) {
    while (atomic_load_explicit(&published, memory_order_relaxed) == 0)
        ;
    atomic_thread_fence(memory_order_acquire);
    int s = 0;
    for (int i = 0; i < 4; i++) s += blob[i];
    *(int *)out = s;
    return NULL;
}
int main(void) {
    int s = 0;
    pthread_t w, r;
    pthread_create(&r, NULL, reader, &s);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d\n", s);
    return 0;
}
