/* TRUTH: racy — each pass of the create loop starts two threads into the same t[i]; the join loop joins only the second of each pair, so the first threads (which write g) may still run when main writes `g = 0` after the join loop. */
#include <pthread.h>
#define N 2
int g;
void *w(void *p) { g = 1; return 0; }
void *idle(void *p) { return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        pthread_create(&t[i], 0, w, 0);
        pthread_create(&t[i], 0, idle, 0);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    g = 0;
    return g;
}
