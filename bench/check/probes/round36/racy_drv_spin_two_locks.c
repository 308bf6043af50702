/* TRUTH: racy — uart_read takes spin_lock(&u->rx_lock) while uart_irq takes spin_lock(&u->lock): two different lock words, so uart_irq's write u->pending++ and uart_read's u->pending-- run unordered. */
#include <pthread.h>
typedef struct { int v; } spinlock_t;
static void spin_lock(spinlock_t *l) { while (__sync_lock_test_and_set(&l->v, 1)) ; }
static void spin_unlock(spinlock_t *l) { __sync_lock_release(&l->v); }
struct uart { spinlock_t lock; spinlock_t rx_lock; int pending; int data[8]; };
struct uart_ops { void (*irq)(struct uart *); int (*read)(struct uart *); };
static struct uart dev;
static void uart_irq(struct uart *u) {
  spin_lock(&u->lock);
  if (u->pending < 8) { u->data[u->pending] = 42; u->pending++; }
  spin_unlock(&u->lock);
}
static int uart_read(struct uart *u) {
  int r = -1;
  spin_lock(&u->rx_lock);
  if (u->pending > 0) { u->pending--; r = u->data[u->pending]; }
  spin_unlock(&u->rx_lock);
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
