/* TRUTH: racy — rows[0] = buf+1, rows[1] = buf: thread 0 writes rows[0][0] = buf[1], thread 1 writes rows[1][1] = buf[1]. */
#include <pthread.h>
#define N 4
int buf[8]; int *rows[N] = {buf + 1, buf, buf + 4, buf + 6};
void *work(void *arg) { int id = *(int *)arg; rows[id][id] = id; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
