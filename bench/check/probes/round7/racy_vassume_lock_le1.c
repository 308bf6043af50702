/* TRUTH: racy. the acquire assumes lk <= 1, which also holds while the lock is taken (lk == 1), so both threads enter the section. */
#include <pthread.h>
#include <stdio.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
static int lk;
static int account;

static void acquire(void)
{
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk <= 1);
    lk = 1;
    __VERIFIER_atomic_end();
}

static void release(void)
{
    __VERIFIER_atomic_begin();
    lk = 0;
    __VERIFIER_atomic_end();
}

static void *deposit(void *p)
{
    int amt = *(int *)p;
    acquire();
    account += amt;
    release();
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    int a = 5, b = 8;
    pthread_create(&t1, NULL, deposit, &a);
    pthread_create(&t2, NULL, deposit, &b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", account);
    return 0;
}
