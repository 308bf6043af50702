/* TRUTH: racy. join_n's bound is an unsigned char: join_n(t, 257) passes 1, so only t[0] is joined and main's read of g1 races with w1's write g1 = 2. */
#include <pthread.h>
#include <stdio.h>

int g0, g1;

void *w0(void *a) { (void)a; g0 = 1; return NULL; }
void *w1(void *a) { (void)a; g1 = 2; return NULL; }

static void join_n(pthread_t *t, unsigned char n)
{
    for (unsigned char i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    pthread_t t[2];
    pthread_create(&t[0], NULL, w0, NULL);
    pthread_create(&t[1], NULL, w1, NULL);
    join_n(t, 257);
    printf("%d %d\n", g0, g1);
    return 0;
}
