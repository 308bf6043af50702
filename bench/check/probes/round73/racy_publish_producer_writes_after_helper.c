/* TRUTH: racy — producer calls touch(m) after publishing, writing m->a (line 7) while consumer reads m->a (line 9) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int a; double b; };
struct msg *_Atomic slot;
static void touch(struct msg *m){ m->a = 5; }
void *prod(void *x){ struct msg *m = malloc(sizeof *m); m->a = 1; m->b = 2.0; atomic_store_explicit(&slot, m, memory_order_release); touch(m); return 0; }
void *cons(void *x){ struct msg *m; while (!(m = atomic_load_explicit(&slot, memory_order_acquire))) ; return (void*)(long)(m->a + (int)m->b); }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); free(atomic_load(&slot)); return 0; }
