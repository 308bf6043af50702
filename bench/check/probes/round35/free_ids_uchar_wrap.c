/* TRUTH: free — ids is unsigned short[260], so ids[i] = i keeps 0..259 distinct; each thread writes out[its id] only. */
#include <pthread.h>
#define N 260
unsigned short ids[N];
int out[N];
void *w(void *p) { out[*(unsigned short *)p] = 1; return 0; }
int main(void)
{
    static pthread_t t[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], 0, w, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return out[0];
}
