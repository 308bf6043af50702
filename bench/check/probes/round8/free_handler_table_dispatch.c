/* TRUTH: free. Every handler in the table updates the shared registers under regs_lock; dispatch picks the handler by a masked opcode. */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

typedef struct { long acc; long ops; } regs_t;
static regs_t regs;
static pthread_mutex_t regs_lock = PTHREAD_MUTEX_INITIALIZER;

typedef void (*handler_t)(regs_t *, int);

static void op_nop(regs_t *r, int v) { (void)r; (void)v; }

static void op_add(regs_t *r, int v)
{
    pthread_mutex_lock(&regs_lock);
    r->acc += v;
    r->ops++;
    pthread_mutex_unlock(&regs_lock);
}

static void op_reset(regs_t *r, int v)
{
    (void)v;
    pthread_mutex_lock(&regs_lock);
    r->acc = 0;
    pthread_mutex_unlock(&regs_lock);
}

static void op_count(regs_t *r, int v)
{
    (void)v;
    pthread_mutex_lock(&regs_lock);
    r->ops++;
    pthread_mutex_unlock(&regs_lock);
}

static const handler_t table[4] = { op_nop, op_add, op_reset, op_count };

static void *cpu(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        int op = __VERIFIER_nondet_int();
        table[op & 3](&regs, i);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, cpu, NULL);
    pthread_create(&b, NULL, cpu, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)regs.ops;
}
