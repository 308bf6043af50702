/* TRUTH: racy — ids is unsigned char[260]; `ids[i] = i` stores 256..259 as 0..3, so the threads given &ids[0] and &ids[256] both read id 0 and write out[0], unordered. */
#include <pthread.h>
#define N 260
unsigned char ids[N];
int out[256];
void *w(void *p) { out[*(unsigned char *)p] = 1; return 0; }
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
