/* TRUTH: free — main creates a, stores its handle, then creates b which joins a before touching x; main touches x only after joining b */
#include <pthread.h>

int x;
pthread_t first;

void *a_fn(void *arg)
{
    (void)arg;
    x = 1;
    return 0;
}

void *b_fn(void *arg)
{
    (void)arg;
    pthread_join(first, 0);
    x = x + 1;
    return 0;
}

int main(void)
{
    pthread_t b;
    pthread_create(&first, 0, a_fn, 0);
    pthread_create(&b, 0, b_fn, 0);
    pthread_join(b, 0);
    return x == 2 ? 0 : 1;
}
