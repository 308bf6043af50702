/* racy: push() clears the atomic_flag before storing into items[]/nitems, so the
   store runs outside the critical section, concurrently with the other producer. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag guard = ATOMIC_FLAG_INIT;
static int items[64];
static int nitems;

static void push(int v) {
    while (atomic_flag_test_and_set_explicit(&guard, memory_order_acquire))
        ;
    atomic_flag_clear_explicit(&guard, memory_order_release);
    if (nitems < 64)
        items[nitems++] = v;
}

static void *producer(void *arg) {
    int base = *(int *)arg;
    for (int i = 0; i < 20; i++)
        push(base + i);
    return NULL;
}

int main(void) {
    static int b1 = 100, b2 = 200;
    pthread_t t1, t2;
    pthread_create(&t1, NULL, producer, &b1);
    pthread_create(&t2, NULL, producer, &b2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", nitems);
    return 0;
}
