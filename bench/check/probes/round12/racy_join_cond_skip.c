// racy: the join loop skips odd threads (they are detached instead); main then reads res[] while thread 1 may still write res[1].
#include <pthread.h>
#define N 4
static int res[N];
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < N; i++) {
        if (i % 2 == 0)
            pthread_join(t[i], NULL);
        else
            pthread_detach(t[i]);
    }
    int s = 0;
    for (int i = 0; i < N; i++)
        s += res[i];
    return s;
}
