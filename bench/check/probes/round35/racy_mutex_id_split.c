/* TRUTH: racy — the id is read (`id = next`) in one critical section and next is incremented in a second one; both threads can read next == 0 before either increments, and then both write slot[0] unordered. */
#include <pthread.h>
#define N 2
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int next;
int slot[N + 1];
void *w(void *p)
{
    pthread_mutex_lock(&m);
    int id = next;
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&m);
    next++;
    pthread_mutex_unlock(&m);
    slot[id] = 1;
    return 0;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, 0);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return slot[0];
}
