/* TRUTH: free — ticket lock: fetch_add on next, acquire-load spin on serving, release store on unlock */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
typedef struct {
    atomic_uint next;
    atomic_uint serving;
} ticket_lock_t;
static ticket_lock_t tl;
static int balance = 100;
static void tl_lock(ticket_lock_t *l) {
    unsigned my = atomic_fetch_add_explicit(&l->next, 1, memory_order_relaxed);
    while (atomic_load_explicit(&l->serving, memory_order_acquire) != my) { }
}
static void tl_unlock(ticket_lock_t *l) {
    unsigned s = atomic_load_explicit(&l->serving, memory_order_relaxed);
    atomic_store_explicit(&l->serving, s + 1, memory_order_release);
}
static void *withdraw(void *arg) {
    int amt = *(int *)arg;
    tl_lock(&tl);
    if (balance >= amt) balance -= amt;
    tl_unlock(&tl);
    return NULL;
}
int main(void) {
    int amts[3] = {30, 50, 40};
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, withdraw, &amts[i]);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d\n", balance);
    return 0;
}
