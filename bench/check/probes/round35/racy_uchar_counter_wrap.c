/* TRUTH: racy — next is an unsigned char; 260 threads draw `id = next++` under the lock, so draws 0 and 256 both give id 0 (and 1/257, ...); those two threads write slot[0] outside the lock, and they may overlap (all are created before any join). */
#include <pthread.h>
#define N 260
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
unsigned char next;
int slot[256];
void *w(void *p)
{
    pthread_mutex_lock(&m);
    int id = next++;
    pthread_mutex_unlock(&m);
    slot[id] = 1;
    return 0;
}
int main(void)
{
    static pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, 0);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return slot[0];
}
