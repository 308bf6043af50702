/* free: both threads lock row 0's mutex i of a 2-D lock array before writing data[i]. */
#include <pthread.h>
#define N 4
static pthread_mutex_t locks[2][N];
static int data[N];
static void *t1(void *a) {
    (void)a;
    for (int i = 0; i < N; i++) { pthread_mutex_lock(&locks[0][i]); data[i]++; pthread_mutex_unlock(&locks[0][i]); }
    return 0;
}
static void *t2(void *a) {
    (void)a;
    for (int i = 0; i < N; i++) { pthread_mutex_lock(&locks[0][i]); data[i]++; pthread_mutex_unlock(&locks[0][i]); }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < N; i++) pthread_mutex_init(&locks[r][i], 0);
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return data[0];
}
