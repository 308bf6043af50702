/* TRUTH: racy — the writer writes data (line 16) after publishing ready; the reader's read of data (line 31) after its spin is concurrent with it. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern int __VERIFIER_nondet_int(void);

static int ready;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    ready = 1;
    __VERIFIER_atomic_end();
    data = __VERIFIER_nondet_int();
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    int f;
    while (1) {
        __VERIFIER_atomic_begin();
        f = ready;
        __VERIFIER_atomic_end();
        if (f)
            break;
    }
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
