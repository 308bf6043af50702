/* free: writers enter by CAS-ing seq from even to odd (a write lock), so the
   plain `nwrites` is written under mutual exclusion; shared fields are atomics. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static atomic_int x, y;
static int nwrites;

static void write_pair(int a, int b) {
    unsigned s;
    for (;;) {
        s = atomic_load_explicit(&seq, memory_order_relaxed);
        if ((s & 1) == 0 &&
            atomic_compare_exchange_weak_explicit(&seq, &s, s + 1,
                                                  memory_order_acquire,
                                                  memory_order_relaxed))
            break;
    }
    atomic_store_explicit(&x, a, memory_order_relaxed);
    atomic_store_explicit(&y, b, memory_order_relaxed);
    nwrites++;
    atomic_store_explicit(&seq, s + 2, memory_order_release);
}

static void *writer(void *arg) {
    int k = *(int *)arg;
    for (int i = 0; i < 100; i++)
        write_pair(k, -k);
    return NULL;
}

static void *reader(void *arg) {
    (void)arg;
    unsigned s1, s2;
    int a, b;
    do {
        s1 = atomic_load_explicit(&seq, memory_order_acquire);
        a = atomic_load_explicit(&x, memory_order_relaxed);
        b = atomic_load_explicit(&y, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        s2 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s1 & 1) || s1 != s2);
    printf("%d %d\n", a, b);
    return NULL;
}

int main(void) {
    int k1 = 1, k2 = 2;
    pthread_t w1, w2, r;
    pthread_create(&w1, NULL, writer, &k1);
    pthread_create(&w2, NULL, writer, &k2);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w1, NULL);
    pthread_join(w2, NULL);
    pthread_join(r, NULL);
    printf("%d\n", nwrites);
    return 0;
}
