/* TRUTH: free — thread i gets &a[i] and only writes after p++: a[i+1]; the threads write a[1..N], pairwise distinct; main reads after the full join loop. */
#include <pthread.h>
#define N 4
int a[N + 1];
void *w(void *v) { int *p = v; p++; *p = 2; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &a[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return a[1];
}
