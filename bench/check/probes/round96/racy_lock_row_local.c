/* racy: worker k takes row = mm[k] and locks &row[i]; the two workers hold different
   mutexes while updating data[i]. */
#include <pthread.h>
static pthread_mutex_t mm[2][2];
static int data[2];
static void *worker(void *a) {
    pthread_mutex_t *row = mm[(long)a];
    for (int i = 0; i < 2; i++) {
        pthread_mutex_lock(&row[i]);
        data[i]++;
        pthread_mutex_unlock(&row[i]);
    }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int i = 0; i < 4; i++) pthread_mutex_init(&mm[i / 2][i % 2], 0);
    pthread_create(&a, 0, worker, (void *)0L);
    pthread_create(&b, 0, worker, (void *)1L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return data[0];
}
