// Code after a call that does not return never runs: __builtin_abort(), a function declared
// _Noreturn or __attribute__((noreturn)) with no body here; nor after a branch every run
// takes: a one-value local (int n = 3; if (n > 2) exit(0);), a constant ?:, a test of the
// thread's argument as passed (p == NULL, d == NULL for d = p) when the creator passed a
// constant. Where the branch may be skipped, the code after it runs.
#include <pthread.h>
#include <stdlib.h>

extern _Noreturn void fatal(const char *msg);
extern void die(int code) __attribute__((noreturn));
extern int nondet(void);

struct dev {
    int irqs;
};

static struct dev dev0;
static int a, b, c, d, e, f, g, h;

static void *aborts(void *arg)
{
    (void)arg;
    __builtin_abort();
    a = 1; // NORACE: never runs
    return NULL;
}

static void *dies(void *arg)
{
    if (arg)
        fatal("bad");
    else
        die(1);
    b = 1; // NORACE: never runs
    return NULL;
}

static void *ternary(void *arg)
{
    (void)arg;
    0 ? (void)0 : abort();
    c = 1; // NORACE: never runs
    return NULL;
}

static void *irq(void *arg)
{
    struct dev *dv = arg;
    if (dv == NULL)
        pthread_exit(NULL);
    dv->irqs++; // NORACE: only the instance given &dev0 gets here
    d = 1;      // NORACE
    return NULL;
}

static void *maybe(void *arg)
{
    (void)arg;
    if (nondet())
        abort();
    e = 1; // RACE: the branch may be skipped
    return NULL;
}

static void *local_one(void *arg)
{
    (void)arg;
    int strict = 1;
    if (strict)
        abort();
    f = 1; // NORACE: strict is always 1
    return NULL;
}

int main(void)
{
    pthread_t t[8];
    pthread_create(&t[0], NULL, aborts, NULL);
    pthread_create(&t[1], NULL, dies, NULL);
    pthread_create(&t[2], NULL, ternary, NULL);
    pthread_create(&t[3], NULL, irq, &dev0);
    pthread_create(&t[4], NULL, irq, NULL);
    pthread_create(&t[5], NULL, maybe, NULL);
    pthread_create(&t[6], NULL, local_one, NULL);
    a = b = c = 2; // NORACE: the threads writing them never get there
    e = 2; // RACE
    f = 2;
    int n = 3;
    if (n > 2)
        exit(0);
    g = 1; // NORACE: main never gets here
    pthread_create(&t[7], NULL, maybe, NULL);
    h = g; // NORACE
    return 0;
}
