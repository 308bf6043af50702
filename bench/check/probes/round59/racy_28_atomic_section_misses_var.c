/* TRUTH: racy — the atomic sections cover only x; both threads also write y (y = tid) outside any atomic section, so the two writes of y are unordered. */
#include <pthread.h>

extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int x, y;

void *body(void *arg)
{
    int tid = (int)(long)arg;
    __VERIFIER_atomic_begin();
    x = x + tid;
    __VERIFIER_atomic_end();
    y = tid;
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, body, (void *)1L);
    pthread_create(&t2, 0, body, (void *)2L);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return x + y;
}
