/* TRUTH: free — producer fills global struct cfg then release-stores _Atomic pointer to it; consumer acquire-loads until non-NULL and reads through it */
#include <pthread.h>
#include <stdatomic.h>
struct msg { int a; int b; } cfg;
struct msg *_Atomic slot;
void *prod(void *x){ cfg.a = 1; cfg.b = 2; atomic_store_explicit(&slot, &cfg, memory_order_release); return 0; }
void *cons(void *x){ struct msg *m; while (!(m = atomic_load_explicit(&slot, memory_order_acquire))) ; return (void*)(long)(m->a + m->b); }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
