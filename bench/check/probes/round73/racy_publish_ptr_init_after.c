/* TRUTH: racy — producer publishes the pointer then initializes m->a (line 7): consumer reads m->a (line 8) concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int a; double b; };
struct msg *_Atomic slot;
void *prod(void *x){ struct msg *m = malloc(sizeof *m); m->b = 2.0; atomic_store_explicit(&slot, m, memory_order_release); m->a = 1; return 0; }
void *cons(void *x){ struct msg *m; while (!(m = atomic_load_explicit(&slot, memory_order_acquire))) ; return (void*)(long)(m->a + (int)m->b); }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); free(atomic_load(&slot)); return 0; }
