/* TRUTH: racy — ticket released by a RELAXED fetch_add on serving: cs++ (lines 5,6) not ordered between holders */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int cs; atomic_uint next, serving;
void *w1(void *x){ for (int i=0;i<100;i++){ unsigned my = atomic_fetch_add(&next, 1); while (atomic_load(&serving) != my) ; cs++; atomic_fetch_add_explicit(&serving, 1, memory_order_relaxed);} return 0; }
void *w2(void *x){ for (int i=0;i<100;i++){ unsigned my = atomic_fetch_add(&next, 1); while (atomic_load(&serving) != my) ; cs++; atomic_fetch_add_explicit(&serving, 1, memory_order_relaxed);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
