/* TRUTH: racy — both consumers increment m->a (line 8) on the one published object with no lock */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int a; double b; };
struct msg *_Atomic slot;
void *prod(void *x){ struct msg *m = malloc(sizeof *m); m->a = 1; m->b = 2.0; atomic_store_explicit(&slot, m, memory_order_release); return 0; }
void *cons(void *x){ struct msg *m; while (!(m = atomic_load_explicit(&slot, memory_order_acquire))) ; m->a++; return 0; }
int main(void){ pthread_t a,b,c; pthread_create(&a,0,cons,0); pthread_create(&c,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); free(atomic_load(&slot)); return 0; }
