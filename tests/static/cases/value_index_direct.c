// The index read straight out of the argument (out[*(int *)arg], out[((struct a *)arg)->id]).
#include <pthread.h>

#define N 3
struct a { int id; };
static int out[N], hits[N];

static void *w1(void *arg) { out[*(int *)arg] = 1; return NULL; } // NORACE: own id
static void *w2(void *arg) { hits[((struct a *)arg)->id]++; return NULL; } // NORACE: own id

int main(void)
{
    pthread_t t[N], u[N];
    int ids[N];
    struct a as[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, w1, &ids[i]);
    }
    for (int j = 0; j < N; j++) {
        as[j].id = j;
        pthread_create(&u[j], NULL, w2, &as[j]);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
    }
    return out[0] + hits[0];
}
