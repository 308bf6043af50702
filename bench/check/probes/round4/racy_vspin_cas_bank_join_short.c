/* TRUTH: racy - main joins n-1 tellers then checks accounts/transfers that the last may still write */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define MAXT 5

int lockword = 0;
int account[3];
int transfers = 0;
int log_idx = 0;
int log_from[64];

void __VERIFIER_atomic_cas(int *v, int e, int u, int *r)
{
    if (*v == e) {
        *v = u;
        *r = 1;
    } else {
        *r = 0;
    }
}

void spin_lock(void)
{
    while (1) {
        int r;
        __VERIFIER_atomic_cas(&lockword, 0, 1, &r);
        if (r)
            return;
    }
}

void spin_unlock(void)
{
    __VERIFIER_atomic_begin();
    lockword = 0;
    __VERIFIER_atomic_end();
}

void *teller(void *arg)
{
    int id = (int)(long)arg;
    for (int k = 0; k < 3; k++) {
        int from = (id + k) % 3, to = (id + k + 1) % 3;
        spin_lock();
        account[from] -= 10;
        account[to] += 10;
        log_from[log_idx % 64] = from;
        log_idx++;
        transfers++;
        spin_unlock();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[MAXT];
    int n = __VERIFIER_nondet_int();
    assume_abort_if_not(n >= 2 && n <= MAXT);
    account[0] = account[1] = account[2] = 100;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, teller, (void *)(long)i);
    for (int i = 0; i < n - 1; i++)
        pthread_join(t[i], NULL);
    if (account[0] + account[1] + account[2] != 300)
        reach_error();
    if (transfers != 3 * n)
        reach_error();
    return 0;
}
