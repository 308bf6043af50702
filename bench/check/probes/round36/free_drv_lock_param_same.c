/* TRUTH: free — both the timer callback and the write callback lock the same object's mutex through the wrapper spin_lock_irqsave(&d->lock) with d == &devs[0] in both threads; d->expires is written only under it. devs[1] is never touched by threads. */
#include <pthread.h>
typedef struct { pthread_mutex_t m; } spinlock_t;
static void spin_lock_irqsave(spinlock_t *l, unsigned long *flags) { pthread_mutex_lock(&l->m); *flags = 1; }
static void spin_unlock_irqrestore(spinlock_t *l, unsigned long flags) { (void)flags; pthread_mutex_unlock(&l->m); }
struct tdev { spinlock_t lock; long expires; };
static struct tdev devs[2] = { { { PTHREAD_MUTEX_INITIALIZER }, 0 }, { { PTHREAD_MUTEX_INITIALIZER }, 0 } };
static void timer_fn(struct tdev *d) { unsigned long f; spin_lock_irqsave(&d->lock, &f); d->expires += 100; spin_unlock_irqrestore(&d->lock, f); }
static void dev_write(struct tdev *d, long v) { unsigned long f; spin_lock_irqsave(&d->lock, &f); d->expires = v; spin_unlock_irqrestore(&d->lock, f); }
static void *timer_thread(void *a) { timer_fn(&devs[0]); return 0; }
static void *write_thread(void *a) { dev_write(&devs[0], 5); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, timer_thread, 0);
  pthread_create(&b, 0, write_thread, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return (int)devs[0].expires;
}
