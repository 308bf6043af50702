/* TRUTH: free — the two compound literals &(int){0} are two distinct objects (automatic, alive until main returns, after the joins); each thread writes its own. */
#include <pthread.h>
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, &(int){0});
    pthread_create(&y, 0, w, &(int){0});
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
