/* racy: same kernel-style device, but the irq handler updates `dropped`
   after restoring (unlocking), while xmit also updates `dropped` under the
   lock. */
#include <pthread.h>
typedef pthread_spinlock_t spinlock_t;
#define spin_lock_irqsave(l, f) do { (f) = 0; pthread_spin_lock(l); } while (0)
#define spin_unlock_irqrestore(l, f) do { (void)(f); pthread_spin_unlock(l); } while (0)
struct netdev { spinlock_t lock; int pending; int dropped; };
static struct netdev nd;
static void *xmit(void *a) { (void)a; unsigned long fl; spin_lock_irqsave(&nd.lock, fl); nd.pending++; nd.dropped = 0; spin_unlock_irqrestore(&nd.lock, fl); return 0; }
static void *irq(void *a) { (void)a; unsigned long fl; int had; spin_lock_irqsave(&nd.lock, fl); had = nd.pending; if (had) nd.pending--; spin_unlock_irqrestore(&nd.lock, fl); if (!had) nd.dropped++; return 0; }
int main(void) {
    pthread_spin_init(&nd.lock, 0);
    pthread_t p, q;
    pthread_create(&p, 0, xmit, 0);
    pthread_create(&q, 0, irq, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return nd.pending;
}
