/* TRUTH: racy — j runs to 4 inclusive, so thread id writes data[id * 4 + 4] (line 12), which is data[(id + 1) * 4] of thread id + 1 (n >= 2). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static int data[40];

static void *w(void *arg)
{
    int id = (int)(long)arg;
    for (int j = 0; j <= 4; j++)
        data[id * 4 + j] = id + j;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 8);
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, (void *)(long)i);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return data[4];
}
