/* TRUTH: racy — of the three ops, ->reset writes ctr->value without taking ctr->lock, racing with ->incr from the other thread */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);

struct counter;
struct counter_ops {
  void (*incr)(struct counter *);
  int (*get)(struct counter *);
  void (*reset)(struct counter *);
};
struct counter {
  pthread_mutex_t lock;
  int value;
  const struct counter_ops *ops;
};

static void c_incr(struct counter *c) {
  pthread_mutex_lock(&c->lock);
  c->value++;
  pthread_mutex_unlock(&c->lock);
}
static int c_get(struct counter *c) {
  int v;
  pthread_mutex_lock(&c->lock);
  v = c->value;
  pthread_mutex_unlock(&c->lock);
  return v;
}
static void c_reset(struct counter *c) {
  c->value = 0; /* BUG: lock not taken */
}

static const struct counter_ops ops = { c_incr, c_get, c_reset };

void *incrementer(void *p) {
  struct counter *c = p;
  int i;
  for (i = 0; i < 2; i++) c->ops->incr(c);
  return 0;
}
void *resetter(void *p) {
  struct counter *c = p;
  if (c->ops->get(c) > 1) c->ops->reset(c);
  return 0;
}

int main(void) {
  struct counter *c = malloc(sizeof *c);
  pthread_t a, b;
  if (!c) return 0;
  pthread_mutex_init(&c->lock, 0);
  c->value = 0;
  c->ops = &ops;
  pthread_create(&a, 0, incrementer, c);
  pthread_create(&b, 0, resetter, c);
  pthread_join(a, 0);
  pthread_join(b, 0);
  free(c);
  return 0;
}
