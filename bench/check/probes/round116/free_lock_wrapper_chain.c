/* TRUTH: free — all accesses to the mailbox go through a three-level lock wrapper chain (mbox_lock -> hw_spin_lock -> raw_lock -> pthread) on the same mutex */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

typedef struct { pthread_mutex_t m; int owner_cpu; } raw_spinlock_t;
typedef struct { raw_spinlock_t rlock; } spinlock_t;

static inline void raw_lock(raw_spinlock_t *l)   { pthread_mutex_lock(&l->m); }
static inline void raw_unlock(raw_spinlock_t *l) { pthread_mutex_unlock(&l->m); }
static inline void hw_spin_lock(spinlock_t *l, unsigned long *flags)   { *flags = 0x200; raw_lock(&l->rlock); }
static inline void hw_spin_unlock(spinlock_t *l, unsigned long flags)  { (void)flags; raw_unlock(&l->rlock); }

struct mbox {
    spinlock_t lock;
    unsigned msg[4];
    unsigned seq;
};

struct ipc_dev { struct mbox *mbox; int id; };

static struct mbox shared_mbox = { .lock = { .rlock = { PTHREAD_MUTEX_INITIALIZER, -1 } } };
static struct ipc_dev ipc0 = { &shared_mbox, 0 }, ipc1 = { &shared_mbox, 1 };

#define mbox_lock(d, fl)   hw_spin_lock(&(d)->mbox->lock, &(fl))
#define mbox_unlock(d, fl) hw_spin_unlock(&(d)->mbox->lock, (fl))

static void ipc_send(struct ipc_dev *d, unsigned v) {
    unsigned long flags;
    mbox_lock(d, flags);
    d->mbox->msg[d->mbox->seq & 3] = v;
    d->mbox->seq++;
    mbox_unlock(d, flags);
}

static unsigned ipc_peek(struct ipc_dev *d) {
    unsigned long flags;
    unsigned v;
    mbox_lock(d, flags);
    v = d->mbox->msg[(d->mbox->seq - 1) & 3];
    mbox_unlock(d, flags);
    return v;
}

static void *core(void *arg) {
    struct ipc_dev *d = arg;
    unsigned acc = 0;
    for (unsigned i = 0; i < 20; i++) { ipc_send(d, i + (unsigned)d->id * 100); acc += ipc_peek(d); usleep(10); }
    return (void *)(unsigned long)acc;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, core, &ipc0);
    pthread_create(&b, NULL, core, &ipc1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u\n", shared_mbox.seq);
    return 0;
}
