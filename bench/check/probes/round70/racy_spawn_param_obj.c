/* TRUTH: racy — spawn creates into caller-supplied object; both calls use slot, reap(w1) joins h, f unjoined */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static struct thread slot, slot2;
static struct thread *spawn(struct thread *t, void *(*fn)(void *)) { pthread_create(&t->id, 0, fn, 0); return t; }
int main(void) { struct thread *w1 = spawn(&slot, f); struct thread *w2 = spawn(&slot, h); reap(w1); g = 1; (void)w2; return 0; }
