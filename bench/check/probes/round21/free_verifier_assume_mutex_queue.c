/* TRUTH: race-free. lk is a verifier-style mutex: acquire() is atomic { assume(lk == 0); lk = 1; } and release() is atomic { lk = 0; } and only the holder releases; every access to q[], qlen and popped by the producer and consumer is between acquire() and release(); main reads after joins. */
#include <pthread.h>
#include <assert.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

#define QN 4

int lk;
int q[QN];
int qlen;
int popped;

void acquire(void)
{
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    lk = 1;
    __VERIFIER_atomic_end();
}

void release(void)
{
    __VERIFIER_atomic_begin();
    lk = 0;
    __VERIFIER_atomic_end();
}

void *producer(void *arg)
{
    for (int i = 0; i < 3; i++) {
        int v = __VERIFIER_nondet_int();
        acquire();
        if (qlen < QN) {
            q[qlen] = v;
            qlen++;
        }
        release();
    }
    return 0;
}

void *consumer(void *arg)
{
    for (int i = 0; i < 3; i++) {
        acquire();
        if (qlen > 0) {
            qlen--;
            popped += q[qlen] != 0 || 1;
        }
        release();
    }
    return 0;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    assert(qlen + popped == 3 || qlen + popped < 3);
    return 0;
}
