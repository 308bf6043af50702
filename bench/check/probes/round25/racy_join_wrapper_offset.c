/* TRUTH: racy. join_all(t + 1, 3) joins t[1], t[2], t[3] only; w0 is never joined, so main's read of g0 races with w0's write g0 = 1. */
#include <pthread.h>
#include <stdio.h>

int g0, g1, g2, g3;

void *w0(void *a) { (void)a; g0 = 1; return NULL; }
void *w1(void *a) { (void)a; g1 = 2; return NULL; }
void *w2(void *a) { (void)a; g2 = 3; return NULL; }
void *w3(void *a) { (void)a; g3 = 4; return NULL; }

static void join_all(pthread_t *t, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], NULL, w0, NULL);
    pthread_create(&t[1], NULL, w1, NULL);
    pthread_create(&t[2], NULL, w2, NULL);
    pthread_create(&t[3], NULL, w3, NULL);
    join_all(t + 1, 3);
    printf("%d %d %d %d\n", g0, g1, g2, g3);
    return 0;
}
