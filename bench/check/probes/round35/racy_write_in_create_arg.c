/* TRUTH: racy — `pthread_create(...) == 0 && (g = 5)`: the write g = 5 happens after the create returns, concurrently with w's read of g. */
#include <pthread.h>
int g;
void *w(void *a) { return (void *)(long)(g + (long)a); }
int main(void)
{
    pthread_t t;
    (void)(pthread_create(&t, 0, w, 0) == 0 && (g = 5));
    pthread_join(t, 0);
    return g;
}
