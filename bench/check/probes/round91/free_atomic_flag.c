/* free: the shared list head is updated only between atomic_flag_test_and_set
   (acquire loop) and atomic_flag_clear (release). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag guard = ATOMIC_FLAG_INIT;
static int items[64];
static int nitems;

static void push(int v) {
    while (atomic_flag_test_and_set_explicit(&guard, memory_order_acquire))
        ;
    if (nitems < 64)
        items[nitems++] = v;
    atomic_flag_clear_explicit(&guard, memory_order_release);
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
