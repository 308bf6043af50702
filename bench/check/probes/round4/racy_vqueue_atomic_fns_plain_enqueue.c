/* TRUTH: racy - enqueue renamed enqueue_plain (not atomic); nprod may be 2 so producers update qtail/qsize concurrently */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define QCAP 8
#define MAXP 4
#define PER 3

int q[QCAP];
int qhead = 0, qtail = 0, qsize = 0;
int enq_count = 0, deq_count = 0;
long deq_sum = 0;
int nprod;

int enqueue_plain(int v)
{
    if (qsize == QCAP)
        return 0;
    q[qtail] = v;
    qtail = (qtail + 1) % QCAP;
    qsize++;
    enq_count++;
    return 1;
}

int __VERIFIER_atomic_dequeue(int *out)
{
    if (qsize == 0)
        return 0;
    *out = q[qhead];
    qhead = (qhead + 1) % QCAP;
    qsize--;
    deq_count++;
    return 1;
}

void *producer(void *arg)
{
    int id = (int)(long)arg;
    int k = 0;
    while (k < PER) {
        if (enqueue_plain(id * 10 + k))
            k++;
    }
    return NULL;
}

void *consumer(void *arg)
{
    int want = (int)(long)arg;
    int got = 0;
    long local = 0;
    while (got < want) {
        int v;
        if (__VERIFIER_atomic_dequeue(&v)) {
            local += v;
            got++;
        }
    }
    __VERIFIER_atomic_begin();
    deq_sum += local;
    __VERIFIER_atomic_end();
    return NULL;
}

int main(void)
{
    pthread_t p[MAXP], c;
    nprod = __VERIFIER_nondet_int();
    assume_abort_if_not(nprod >= 1 && nprod <= MAXP);
    for (int i = 0; i < nprod; i++)
        pthread_create(&p[i], NULL, producer, (void *)(long)i);
    pthread_create(&c, NULL, consumer, (void *)(long)(nprod * PER));
    for (int i = 0; i < nprod; i++)
        pthread_join(p[i], NULL);
    pthread_join(c, NULL);
    if (enq_count != nprod * PER || deq_count != enq_count)
        reach_error();
    if (qsize != 0)
        reach_error();
    return 0;
}
