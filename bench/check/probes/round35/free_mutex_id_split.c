/* TRUTH: free — id = next and next = id + 1 are in the same critical section, so the two threads draw 0 and 1 and write different slot elements. */
#include <pthread.h>
#define N 2
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int next;
int slot[N + 1];
void *w(void *p)
{
    pthread_mutex_lock(&m);
    int id = next;
    next = id + 1;
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
