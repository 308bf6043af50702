/* TRUTH: race-free. The dispatcher threads call handlers from the const ops table (op_inc, op_dec, op_reset); each handler accesses 'reg' only while holding reg_lock; the table itself is never written. main reads reg after joining. */
#include <pthread.h>
#include <stdio.h>

struct reg {
    long value;
    long calls;
};

static struct reg reg;
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;

typedef void (*op_fn)(long arg);

static void op_inc(long a)
{
    pthread_mutex_lock(&reg_lock);
    reg.value += a;
    reg.calls++;
    pthread_mutex_unlock(&reg_lock);
}

static void op_dec(long a)
{
    pthread_mutex_lock(&reg_lock);
    reg.value -= a;
    reg.calls++;
    pthread_mutex_unlock(&reg_lock);
}

static void op_reset(long a)
{
    (void)a;
    pthread_mutex_lock(&reg_lock);
    reg.value = 0;
    reg.calls++;
    pthread_mutex_unlock(&reg_lock);
}

static const struct {
    const char *name;
    op_fn fn;
} ops[] = {
    { "inc", op_inc },
    { "dec", op_dec },
    { "reset", op_reset },
};

#define NOPS (sizeof ops / sizeof ops[0])

static void *dispatcher(void *arg)
{
    const int *script = arg;
    for (int i = 0; script[i] >= 0; i++) {
        unsigned k = (unsigned)script[i];
        if (k >= NOPS)
            continue;
        ops[k].fn(i + 1);
    }
    return NULL;
}

int main(void)
{
    static const int s1[] = { 0, 0, 1, 3, 0, -1 };
    static const int s2[] = { 1, 2, 0, 0, -1 };
    pthread_t a, b;
    pthread_create(&a, NULL, dispatcher, (void *)s1);
    pthread_create(&b, NULL, dispatcher, (void *)s2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("value %ld after %ld calls\n", reg.value, reg.calls);
    return 0;
}
