/* TRUTH: racy — next_ticket is a plain unsigned and `my = l->next_ticket++` is a non-atomic read-modify-write executed by several threads concurrently (race on next_ticket; duplicate tickets also let two threads update `total` at once). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define NT 3
typedef struct { unsigned next_ticket; atomic_uint now_serving; } ticket_lock;
static ticket_lock tl;
static long total;
static void tl_lock(ticket_lock *l) {
    unsigned my = l->next_ticket++;
    while (atomic_load_explicit(&l->now_serving, memory_order_acquire) != my)
        ;
}
static void tl_unlock(ticket_lock *l) {
    atomic_fetch_add_explicit(&l->now_serving, 1, memory_order_release);
}
static void *run(void *u) {
    (void)u;
    for (int i = 0; i < 200; i++) { tl_lock(&tl); total += 2; tl_unlock(&tl); }
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, run, NULL);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
