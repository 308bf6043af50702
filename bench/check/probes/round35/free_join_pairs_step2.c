/* TRUTH: free — the join loop steps by 2 and joins t[i] and t[i + 1] each pass: all of t[0..3]; g is written by every worker under no lock but each worker writes only out[id]; main reads out[] after. */
#include <pthread.h>
#define N 4
int out[N];
void *w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (int i = 0; i < N; i += 2) {
        pthread_join(t[i], 0);
        pthread_join(t[i + 1], 0);
    }
    return out[0] + out[3];
}
