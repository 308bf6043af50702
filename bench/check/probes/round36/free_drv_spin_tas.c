/* TRUTH: free — spin_lock is a __sync_lock_test_and_set (acquire) loop and spin_unlock a __sync_lock_release (release store of 0) on the same word dev.lock.v; the irq handler's and drv_read's accesses to dev.pending/dev.data are all inside it, so they are mutually exclusive and ordered; lock-word accesses are all atomic. */
#include <pthread.h>
typedef struct { int v; } spinlock_t;
static void spin_lock(spinlock_t *l) { while (__sync_lock_test_and_set(&l->v, 1)) ; }
static void spin_unlock(spinlock_t *l) { __sync_lock_release(&l->v); }
struct uart { spinlock_t lock; int pending; int data[8]; };
struct uart_ops { void (*irq)(struct uart *); int (*read)(struct uart *); };
static struct uart dev;
static void uart_irq(struct uart *u) {
  spin_lock(&u->lock);
  if (u->pending < 8) { u->data[u->pending] = 42; u->pending++; }
  spin_unlock(&u->lock);
}
static int uart_read(struct uart *u) {
  int r = -1;
  spin_lock(&u->lock);
  if (u->pending > 0) { u->pending--; r = u->data[u->pending]; }
  spin_unlock(&u->lock);
  return r;
}
static struct uart_ops ops = { uart_irq, uart_read };
static void *irq_thread(void *a) { ops.irq(&dev); ops.irq(&dev); return 0; }
static void *read_thread(void *a) { ops.read(&dev); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, irq_thread, 0);
  pthread_create(&b, 0, read_thread, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return dev.pending;
}
