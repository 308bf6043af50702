/* TRUTH: free — each loop iteration creates one thread and joins it before the next iteration, so the threads and main's reads of x never overlap */
#include <pthread.h>

int x;

void *step(void *arg)
{
    long k = (long)arg;
    x = x + (int)k;
    return 0;
}

int main(void)
{
    int seen = 0;
    for (long i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, 0, step, (void *)i);
        pthread_join(t, 0);
        seen += x;
    }
    return seen == 10 ? 0 : 1;
}
