// free: threads joined by a while loop over the handles before main reads.
#include <pthread.h>
#define N 3
static int res[N];
static void *w(void *v) { int *p = v; *p = 2; return NULL; }
int main(void)
{
    pthread_t t[N];
    int i = 0;
    while (i < N) {
        pthread_create(&t[i], NULL, w, &res[i]);
        i++;
    }
    i = 0;
    while (i < N) {
        pthread_join(t[i], NULL);
        i++;
    }
    return res[0] + res[2];
}
