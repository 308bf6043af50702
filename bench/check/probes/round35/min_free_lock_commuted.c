/* TRUTH: free — both threads increment g while holding the same mutex ms[0], spelled &0[ms]. */
#include <pthread.h>
pthread_mutex_t ms[1] = { PTHREAD_MUTEX_INITIALIZER };
int g;
void *w(void *p)
{
    pthread_mutex_lock(&0[ms]);
    g++;
    pthread_mutex_unlock(&0[ms]);
    return 0;
}
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, 0);
    pthread_create(&y, 0, w, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return g;
}
