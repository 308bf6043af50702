/* TRUTH: racy — thread id writes m[id][id] and reads m[id+1][id+1]: thread 0 reads m[1][1] while thread 1 writes it. */
#include <pthread.h>
#define N 4
int m[N+1][N+1]; int sink[N];
void *work(void *arg) { int id = *(int *)arg; m[id][id] = id; sink[id] = m[id + 1][id + 1]; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
