/* TRUTH: racy — thread id writes m[id][id] and m[3-id][3-id]: threads 0 and 3 both write m[3][3] (and m[0][0]). */
#include <pthread.h>
#define N 4
int m[N][N];
void *work(void *arg) { int id = *(int *)arg; m[id][id] = 1; m[3 - id][3 - id] = 2; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
