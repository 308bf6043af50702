/* TRUTH: free — ptrs[i] holds &xs[i]; thread i writes **pp = xs[i] only; pointers are set before the creates and only read afterwards. */
#include <pthread.h>
#define N 3
int xs[N];
int *ptrs[N];
void *w(void *v) { int **pp = v; **pp = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        ptrs[i] = &xs[i];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &ptrs[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return xs[0];
}
