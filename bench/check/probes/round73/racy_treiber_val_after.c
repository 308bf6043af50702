/* TRUTH: racy — push writes n->val (line 10) AFTER the CAS published the node: popper reads o->val (line 13) concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *_Atomic top;
static void push(int v){ struct node *n = malloc(sizeof *n);
  struct node *o = atomic_load_explicit(&top, memory_order_relaxed);
  do { n->next = o; } while (!atomic_compare_exchange_weak_explicit(&top, &o, n, memory_order_release, memory_order_relaxed));
  n->val = v; }
static int pop(int *out){ struct node *o = atomic_load_explicit(&top, memory_order_acquire);
  while (o && !atomic_compare_exchange_weak_explicit(&top, &o, o->next, memory_order_acquire, memory_order_acquire)) ;
  if (!o) return 0; *out = o->val; return 1; }
void *pusher(void *x){ for (int i = 0; i < 1000; i++) push(i); return 0; }
void *popper(void *x){ long s = 0; int v; for (int i = 0; i < 1000; i++) if (pop(&v)) s += v; return (void*)s; }
int main(void){ pthread_t a,b,c; pthread_create(&a,0,pusher,0); pthread_create(&b,0,pusher,0); pthread_create(&c,0,popper,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return 0; }
