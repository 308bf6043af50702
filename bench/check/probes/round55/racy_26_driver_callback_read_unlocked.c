/* TRUTH: racy — ops->write callback updates dev->pos under dev->lock, but ops->read callback updates dev->pos without it */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
struct dev;
struct ops { int (*read)(struct dev *); int (*write)(struct dev *, int); };
struct dev { pthread_mutex_t lock; int pos; int buf[8]; const struct ops *ops; };
static int d_read(struct dev *d) { int v = d->buf[d->pos & 7]; d->pos++; return v; }
static int d_write(struct dev *d, int v) {
  pthread_mutex_lock(&d->lock);
  d->buf[d->pos & 7] = v; d->pos++;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static const struct ops dops = { d_read, d_write };
void *user_read(void *arg) { struct dev *d = arg; d->ops->read(d); return NULL; }
void *user_write(void *arg) { struct dev *d = arg; d->ops->write(d, 1); return NULL; }
int main(void) {
  struct dev *d = calloc(1, sizeof *d);
  if (!d) return 0;
  pthread_mutex_init(&d->lock, NULL);
  d->ops = &dops;
  pthread_t a, b;
  pthread_create(&a, NULL, user_read, d);
  pthread_create(&b, NULL, user_write, d);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
