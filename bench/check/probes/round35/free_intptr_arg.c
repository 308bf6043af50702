/* TRUTH: free — same escape of x through uintptr_t, but main writes x = 2 before pthread_create and reads it only after pthread_join. */
#include <pthread.h>
#include <stdint.h>
void *w(void *p) { *(int *)p = 1; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    uintptr_t u = (uintptr_t)&x;
    x = 2;
    pthread_create(&t, 0, w, (void *)u);
    pthread_join(t, 0);
    return x;
}
