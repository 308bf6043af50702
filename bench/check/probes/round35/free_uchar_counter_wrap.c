/* TRUTH: free — next is an unsigned short, so 260 draws `id = next++` under the lock give 0..259, all distinct; each thread writes its own slot[id]. */
#include <pthread.h>
#define N 260
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
unsigned short next;
int slot[N];
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
