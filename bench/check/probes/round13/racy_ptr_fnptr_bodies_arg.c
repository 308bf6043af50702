/* racy: both ops point at context c0, so inc and dbl update c0.count concurrently */
#include <pthread.h>
struct ctx { int count; };
struct op { void (*fn)(struct ctx *); struct ctx *ctx; };
static void inc(struct ctx *c) { c->count++; }
static void dbl(struct ctx *c) { c->count *= 2; }
struct ctx c0 = { 1 }, c1 = { 5 };
struct op ops[2] = { { inc, &c0 }, { dbl, &c0 } };
void *run(void *p) { struct op *o = p; o->fn(o->ctx); return NULL; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, run, &ops[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return c0.count + c1.count;
}
