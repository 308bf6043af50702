/* TRUTH: free — the reader continues only in runs where its atomic section sees ready != 0 (assume), which the writer sets in a section after data = 7 (line 13); the reader's data read (line 26) is ordered after it. */
#include <pthread.h>
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

static int ready;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 7;
    __VERIFIER_atomic_begin();
    ready = 1;
    __VERIFIER_atomic_end();
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(ready != 0);
    __VERIFIER_atomic_end();
    return (void *)(long)data;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
