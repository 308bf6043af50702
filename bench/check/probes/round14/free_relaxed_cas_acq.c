/* race-free: main writes x inside its section */
#include <pthread.h>
#include <stdatomic.h>
int g; int x; atomic_int L;
static void lk(void){ int e; do { e = 0; } while (!atomic_compare_exchange_weak_explicit(&L, &e, 1, memory_order_acquire, memory_order_relaxed)); }
static void ul(void){ atomic_store_explicit(&L, 0, memory_order_release); }
void *w(void *a){ lk(); if (g == 0) { ul(); lk(); if (g == 1) x = 1; } ul(); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); lk(); g = 1; x = 2; ul(); pthread_join(t,0); return x; }
