/* TRUTH: free — the create loop steps by 2 and hands &a[i / 2], i.e. &a[0], &a[1]: one element per thread. */
#include <pthread.h>
#define N 4
int a[N];
void *w(void *p) { *(int *)p = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i += 2)
        pthread_create(&t[i], 0, w, &a[i / 2]);
    for (int i = 0; i < N; i += 2)
        pthread_join(t[i], 0);
    return a[0];
}
