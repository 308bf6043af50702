// A join loop ends each thread only in its own iteration: after pthread_join(t[i]) the
// threads of the later iterations still run. Reading the joined thread's own element
// (part[i], ws[i].out) there is safe; reading another thread's (part[1]) is not.
#include <pthread.h>

#define N 3
static int part[N], peek[N];

static void *w(void *p)
{
    long i = (long)p;
    part[i] = (int)i; // NORACE: main reads part[i] only after joining t[i]
    peek[i] = (int)i; // RACE (possible): main reads peek[1] after joining t[0] only
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, (void *)i);
    int s = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        s += part[i];
        s += peek[1];
    }
    return s;
}
