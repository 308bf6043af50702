/* TRUTH: racy. All updates of 'balance' are inside __VERIFIER_atomic_begin/end except the overdraft fee in withdraw(): 'balance -= FEE' runs outside any atomic section, concurrently with the other thread's atomic-section 'balance += amt' (and its read), so those accesses race. */
#include <pthread.h>
#include <assert.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);

#define FEE 5

int balance = 100;
int nops;

void deposit(int amt)
{
    __VERIFIER_atomic_begin();
    balance += amt;
    nops++;
    __VERIFIER_atomic_end();
}

void withdraw(int amt)
{
    int over;
    __VERIFIER_atomic_begin();
    balance -= amt;
    over = balance < 0;
    nops++;
    __VERIFIER_atomic_end();
    if (over)
        balance -= FEE;
}

void *t_deposit(void *arg)
{
    int amt = __VERIFIER_nondet_int();
    __VERIFIER_assume(amt > 0 && amt < 1000);
    deposit(amt);
    return 0;
}

void *t_withdraw(void *arg)
{
    int amt = __VERIFIER_nondet_int();
    __VERIFIER_assume(amt > 0 && amt < 1000);
    withdraw(amt);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, t_deposit, 0);
    pthread_create(&b, 0, t_withdraw, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    assert(nops == 2);
    return 0;
}
