/* TRUTH: racy — thread id writes m[id][id] and m[id+1][id+1] (ids 0..2 write the next diagonal element); thread 0 and 1 both write m[1][1]. */
#include <pthread.h>
#define N 4
int m[N+1][N+1];
void *work(void *arg) { int id = *(int *)arg; m[id][id] = id; m[id + 1][id + 1] = id; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
