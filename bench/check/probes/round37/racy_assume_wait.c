/* TRUTH: racy — the writer writes data = 7 (line 16) after publishing ready, so the reader's read (line 26) after its assumption is concurrent with it. */
#include <pthread.h>
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

static int ready;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    ready = 1;
    __VERIFIER_atomic_end();
    data = 7;
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
