/* TRUTH: racy — ids 0..3 map to grid[id % 2][id / 2 / 2] = [0][0], [1][0], [0][0], [1][0]: threads 0 and 2 both write grid[0][0]. */
#include <pthread.h>
#define N 4
int grid[2][2];
void *w(void *p) { long id = (long)p; grid[id % 2][id / 2 / 2] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return grid[1][1];
}
