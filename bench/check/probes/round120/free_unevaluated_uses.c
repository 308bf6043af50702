/* TRUTH: free — the second thread mentions shared only in unevaluated contexts (sizeof, _Generic's controlling expression, __typeof__), which do not access it; only the first thread writes shared */
#include <pthread.h>

long shared[4];

void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        shared[i % 4] = i;
    return 0;
}

void *inspector(void *arg)
{
    (void)arg;
    __typeof__(shared[0]) tmp = 0;
    long n = (long)(sizeof shared / sizeof shared[0]);
    long kind = _Generic(shared[1], long: 1, default: 2);
    return (void *)(n + kind + tmp);
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, writer, 0);
    pthread_create(&b, 0, inspector, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
