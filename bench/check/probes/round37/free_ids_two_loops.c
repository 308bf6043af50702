/* TRUTH: free — the first batch (ids1) is joined before the second batch starts; within a batch ids are distinct, so data[id] += 1 (line 11) is one element per running thread. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static int data[8];
static int ids1[8], ids2[8];

static void *w(void *arg)
{
    int id = *(int *)arg;
    data[id] += 1;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    pthread_t t1[8], t2[8];
    for (int i = 0; i < n; i++) {
        ids1[i] = i;
        pthread_create(&t1[i], NULL, w, &ids1[i]);
    }
    for (int i = 0; i < n; i++)
        pthread_join(t1[i], NULL);
    for (int i = 0; i < n; i++) {
        ids2[i] = i;
        pthread_create(&t2[i], NULL, w, &ids2[i]);
    }
    for (int i = 0; i < n; i++)
        pthread_join(t2[i], NULL);
    return data[0];
}
