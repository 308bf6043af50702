/* TRUTH: free. n nondet in [1,MAX]; thread i writes only slot[i] (given &slot[i]); main joins all n with a while loop, then reads. */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
#define MAX 8
static int slot[MAX];

static void *fill(void *p)
{
    int *s = p;
    *s = 1;
    return NULL;
}

int main(void)
{
    pthread_t t[MAX];
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= MAX);
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, fill, &slot[i]);
    int i = 0;
    while (i < n) {
        pthread_join(t[i], NULL);
        i++;
    }
    int total = 0;
    for (int k = 0; k < n; k++)
        total += slot[k];
    assert(total == n);
    return 0;
}
