// Memory a helper reads through a parameter, handed to it as a field of an object the caller
// reached through its own parameter or an unknown pointer: p->buf passed to a char * helper
// is that field (of the object p points at, or of any such object), whatever type the helper
// reads it as; an unsigned field handed over as an int * is the same memory. Before, the
// helper's reads were memory of type char (or int) only, which meets no field, and these
// racy programs were said to be race-free. A member the helper reaches in the field it was
// given (w->pending of &k->ev) stays that member by type, which another thread's pointer
// reaches too. A struct field read whole as bytes (a hex dump of &d->regs through a const
// unsigned char *) reaches each of its members (dv.regs.status). A byte written through a
// character pointer of unknown target (rebuilt from an integer) may be any object whose
// address is taken, an int's too (C lets character types reach every object).
#include <pthread.h>
#include <string.h>

struct regs {
    int ctrl;
    int status;
};
struct dev {
    pthread_mutex_t lock;
    char buf[16];
    unsigned count;
    char name[8];
    struct regs regs;
};
static struct dev dv;
struct holder { void *data; };
static struct holder hold = {&dv};
static char out[16];
static int sink;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int threshold = 0x100;
static unsigned long patch_addr;
struct work { int pending; };
struct kdev { struct work ev; };
static struct kdev kd;
static struct work *slot;

static void schedule(struct work *w)
{
    pthread_mutex_lock(&qlock);
    if (!w->pending) { // RACE (possible)
        w->pending = 1; // RACE (possible)
        slot = w;
    }
    pthread_mutex_unlock(&qlock);
}

static void *irq(void *arg)
{
    struct kdev *k = arg;
    schedule(&k->ev);
    return NULL;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&qlock);
    struct work *w = slot;
    pthread_mutex_unlock(&qlock);
    if (w)
        w->pending = 0; // RACE (possible): without the lock
    return NULL;
}

static int sum(const char *s, int n)
{
    int t = 0;
    for (int i = 0; i < n; i++)
        t += s[i]; // RACE (possible): dv.buf, written under the lock
    return t;
}

static void inc(int *q) { (*q)++; } // RACE (possible): dv.count as an int

static int width(const char *s) { return (int)strlen(s); } // RACE (possible): dv.name, through hold.data

static int dump(const void *buf, size_t n)
{
    const unsigned char *b = buf;
    int t = 0;
    for (size_t i = 0; i < n; i++)
        t += b[i]; // RACE (possible): dv.regs.status, a member of what it dumps
    return t;
}

static void *reader(void *arg)
{
    struct dev *p = arg;
    sink = sum(p->buf, 5);
    inc((int *)&p->count);
    struct dev *d = hold.data;
    sink += width(d->name);
    sink += dump(&d->regs, sizeof(d->regs));
    unsigned char *b = (unsigned char *)patch_addr;
    b[0] = 0x7f; // RACE (possible): threshold's low byte
    return NULL;
}

int main(void)
{
    pthread_t t, u[2];
    patch_addr = (unsigned long)&threshold;
    pthread_create(&u[0], NULL, irq, &kd);
    pthread_create(&u[1], NULL, worker, NULL);
    pthread_create(&t, NULL, reader, &dv);
    pthread_mutex_lock(&dv.lock);
    memcpy(dv.buf, "hello", 5); // RACE (possible)
    dv.count++; // RACE (possible)
    strcpy(dv.name, "led0"); // RACE (possible)
    dv.regs.status = 1; // RACE (possible)
    threshold += 1; // RACE (possible)
    pthread_mutex_unlock(&dv.lock);
    pthread_join(t, NULL);
    pthread_join(u[0], NULL);
    pthread_join(u[1], NULL);
    memcpy(out, dv.buf, sizeof(out));
    return out[0];
}
