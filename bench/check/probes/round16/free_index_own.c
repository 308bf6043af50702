// race-free: each worker only writes its own cell[id].
#include <pthread.h>
#include <stdio.h>
#define N 4
struct warg { int id; };
static int cell[N + 1];

static void *smooth(void *p)
{
    struct warg *a = p;
    cell[a->id] += 1;
    cell[a->id] *= 2;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    struct warg args[N];
    for (int i = 0; i < N; i++) {
        args[i].id = i;
        pthread_create(&t[i], NULL, smooth, &args[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", cell[N]);
    return 0;
}
