// An assume lock (assume(g == 0); g = 1 in an atomic section) is released by any write that
// may clear its word, in a TU with atomic sections: g--, g ^= 1, g = g - 1, memset(&g, ...),
// a helper's g = 0 called inside the section, a g = 0 after another branch ended the section.
// What follows such a release is unguarded. assume(ready); ready = 0 on a flag no assume
// takes consumes another thread's hand-off: a wait.
#include <pthread.h>
#include <string.h>

extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern int __VERIFIER_nondet_int(void);

int l1, l2, l3, l4, l5, l6, l7, ready;
int c1, c2, c3, c4, c5, c6, c7, data;
int *l5p = &l5;

void __VERIFIER_atomic_take_l7(void)
{
    __VERIFIER_assume(l7 == 0);
    if (__VERIFIER_nondet_int())
        return;
    l7 = 1;
}

static void clear_l3(void)
{
    l3 = 0;
}

static void *worker(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(l1 == 0);
    l1 = 1;
    __VERIFIER_atomic_end();
    __VERIFIER_atomic_begin();
    l1--;
    __VERIFIER_atomic_end();
    c1++; // RACE: l1-- released it

    __VERIFIER_atomic_begin();
    __VERIFIER_assume(l2 == 0);
    l2 = 1;
    __VERIFIER_atomic_end();
    memset(&l2, 0, sizeof l2);
    c2++; // RACE: the memset released it

    __VERIFIER_atomic_begin();
    __VERIFIER_assume(l3 == 0);
    l3 = 1;
    __VERIFIER_atomic_end();
    __VERIFIER_atomic_begin();
    clear_l3();
    __VERIFIER_atomic_end();
    c3++; // RACE: the helper's l3 = 0 released it

    __VERIFIER_atomic_begin();
    __VERIFIER_assume(l4 == 0);
    l4 = 1;
    if (__VERIFIER_nondet_int()) {
        l4 = 0;
        __VERIFIER_atomic_end();
        return NULL;
    }
    l4 = 0;
    __VERIFIER_atomic_end();
    c4++; // RACE: released on this path too

    __VERIFIER_atomic_begin();
    __VERIFIER_assume(l5 == 0);
    l5 = 1;
    __VERIFIER_atomic_end();
    *l5p = 0;
    c5++; // RACE: released through a pointer

    __VERIFIER_atomic_begin();
    __VERIFIER_assume((unsigned char)l6 == 0);
    l6 = 256;
    __VERIFIER_atomic_end();
    c6++; // RACE: (unsigned char)256 is 0: both threads get in

    __VERIFIER_atomic_take_l7();
    c7++; // RACE: the take may return before it stores l7 = 1
    return NULL;
}

static void *producer(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    ready = 1;
    __VERIFIER_atomic_end();
    data = 42; // RACE (possible): after the flag; the consumer's assume waited for it
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(ready);
    ready = 0;
    __VERIFIER_atomic_end();
    data++;
    return NULL;
}

int main(void)
{
    pthread_t a, b, p, q;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&q, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return 0;
}
