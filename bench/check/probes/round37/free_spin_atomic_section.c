/* TRUTH: free — reader spins with while(1) reading ready inside an atomic section and breaks once it is set; the writer wrote data (line 13) before setting ready in a section, so the reader's data read (line 31) is ordered after it by the sections. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern int __VERIFIER_nondet_int(void);

static int ready;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = __VERIFIER_nondet_int();
    __VERIFIER_atomic_begin();
    ready = 1;
    __VERIFIER_atomic_end();
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
