/* TRUTH: racy — m[id & 1][id & 1]: threads 0 and 2 both write m[0][0]. */
#include <pthread.h>
#define N 4
int m[N][N];
void *work(void *arg) { int id = *(int *)arg; m[id & 1][id & 1] = id; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
