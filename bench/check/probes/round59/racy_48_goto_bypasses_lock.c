/* TRUTH: racy — when the nondeterministic fast-path test succeeds, update() jumps to label write without locking and writes shared_val; another thread may be writing shared_val under mu at the same time. */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
int shared_val;

static void update(int v)
{
    int locked = 0;
    if (__VERIFIER_nondet_int())
        goto write;
    pthread_mutex_lock(&mu);
    locked = 1;
write:
    shared_val = v;
    if (locked)
        pthread_mutex_unlock(&mu);
}

void *t1(void *a) { update(1); return a; }
void *t2(void *a) { update(2); return a; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return shared_val;
}
